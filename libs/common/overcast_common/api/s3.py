# Generated from botocore 1.43.11's s3 model (API 2006-03-01).
# Do not edit: regenerate with `python -m overcast_common.codegen s3`.
"""Typed API of Amazon Simple Storage Service: shapes, errors and ``S3Api``."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar, Final, NotRequired, TypedDict

from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.http import BodyStream
from overcast_common.service import OperationSpec, ServiceApi, omit_none

AbortDate = datetime
AbortRuleId = str
AcceptRanges = str
AccessKeyIdValue = str
AccessPointAlias = bool
AccessPointArn = str
AccountId = str
AllowQuotedRecordDelimiter = bool
AllowedHeader = str
AllowedMethod = str
AllowedOrigin = str
AnalyticsId = str
AnalyticsS3ExportFileFormat = str
ArchiveStatus = str
Body = bytes
BucketAbacStatus = str
BucketAccelerateStatus = str
BucketCannedACL = str
BucketKeyEnabled = bool
BucketLocationConstraint = str
BucketLocationName = str
BucketLogsPermission = str
BucketName = str
BucketNamespace = str
BucketRegion = str
BucketType = str
BucketVersioningStatus = str
BypassGovernanceRetention = bool
BytesProcessed = int
BytesReturned = int
BytesScanned = int
CacheControl = str
ChecksumAlgorithm = str
ChecksumCRC32 = str
ChecksumCRC32C = str
ChecksumCRC64NVME = str
ChecksumMD5 = str
ChecksumMode = str
ChecksumSHA1 = str
ChecksumSHA256 = str
ChecksumSHA512 = str
ChecksumType = str
ChecksumXXHASH128 = str
ChecksumXXHASH3 = str
ChecksumXXHASH64 = str
ClientToken = str
CloudFunction = str
CloudFunctionInvocationRole = str
Code = str
Comments = str
CompressionType = str
ConfirmRemoveSelfBucketAccess = bool
ContentDisposition = str
ContentEncoding = str
ContentLanguage = str
ContentLength = int
ContentMD5 = str
ContentRange = str
ContentType = str
CopySource = str
CopySourceIfMatch = str
CopySourceIfModifiedSince = datetime
CopySourceIfNoneMatch = str
CopySourceIfUnmodifiedSince = datetime
CopySourceRange = str
CopySourceSSECustomerAlgorithm = str
CopySourceSSECustomerKey = str
CopySourceSSECustomerKeyMD5 = str
CopySourceVersionId = str
CreationDate = datetime
DataRedundancy = str
Date = datetime
Days = int
DaysAfterInitiation = int
DeleteMarker = bool
DeleteMarkerReplicationStatus = str
DeleteMarkerVersionId = str
Delimiter = str
Description = str
DirectoryBucketToken = str
DisplayName = str
ETag = str
EmailAddress = str
EnableRequestProgress = bool
EncodingType = str
EncryptionType = str
End = int
ErrorCode = str
ErrorMessage = str
Event = str
ExistingObjectReplicationStatus = str
Expiration = str
ExpirationState = str
ExpirationStatus = str
ExpiredObjectDeleteMarker = bool
Expires = datetime
ExposeHeader = str
Expression = str
ExpressionType = str
FetchOwner = bool
FieldDelimiter = str
FileHeaderInfo = str
FilterRuleName = str
FilterRuleValue = str
GetObjectResponseStatusCode = int
GrantFullControl = str
GrantRead = str
GrantReadACP = str
GrantWrite = str
GrantWriteACP = str
HostName = str
HttpErrorCodeReturnedEquals = str
HttpRedirectCode = str
ID = str
IfMatch = str
IfMatchInitiatedTime = datetime
IfMatchLastModifiedTime = datetime
IfMatchSize = int
IfModifiedSince = datetime
IfNoneMatch = str
IfUnmodifiedSince = datetime
Initiated = datetime
IntelligentTieringAccessTier = str
IntelligentTieringDays = int
IntelligentTieringId = str
IntelligentTieringStatus = str
InventoryConfigurationState = str
InventoryFormat = str
InventoryFrequency = str
InventoryId = str
InventoryIncludedObjectVersions = str
InventoryOptionalField = str
IsEnabled = bool
IsLatest = bool
IsPublic = bool
IsRestoreInProgress = bool
IsTruncated = bool
JSONType = str
KMSContext = str
KeyCount = int
KeyMarker = str
KeyPrefixEquals = str
KmsKeyArn = str
LambdaFunctionArn = str
LastModified = datetime
LastModifiedTime = datetime
Location = str
LocationNameAsString = str
LocationPrefix = str
LocationType = str
MFA = str
MFADelete = str
MFADeleteStatus = str
Marker = str
MaxAgeSeconds = int
MaxBuckets = int
MaxDirectoryBuckets = int
MaxKeys = int
MaxParts = int
MaxUploads = int
Message = str
MetadataDirective = str
MetadataKey = str
MetadataTableStatus = str
MetadataValue = str
MetricsId = str
MetricsStatus = str
Minutes = int
MissingMeta = int
MpuObjectSize = int
MultipartUploadId = str
NextKeyMarker = str
NextMarker = str
NextPartNumberMarker = int
NextToken = str
NextUploadIdMarker = str
NextVersionIdMarker = str
NonEmptyKmsKeyArnString = str
NotificationId = str
ObjectAttributes = str
ObjectCannedACL = str
ObjectKey = str
ObjectLockEnabled = str
ObjectLockEnabledForBucket = bool
ObjectLockLegalHoldStatus = str
ObjectLockMode = str
ObjectLockRetainUntilDate = datetime
ObjectLockRetentionMode = str
ObjectLockToken = str
ObjectOwnership = str
ObjectSize = int
ObjectSizeGreaterThanBytes = int
ObjectSizeLessThanBytes = int
ObjectStorageClass = str
ObjectVersionId = str
ObjectVersionStorageClass = str
OptionalObjectAttributes = str
OwnerOverride = str
PartNumber = int
PartNumberMarker = int
PartitionDateSource = str
PartsCount = int
Payer = str
Permission = str
Policy = str
Prefix = str
Priority = int
Protocol = str
QueueArn = str
Quiet = bool
QuoteCharacter = str
QuoteEscapeCharacter = str
QuoteFields = str
Range = str
RecordDelimiter = str
RecordExpirationDays = int
Region = str
RenameSource = str
RenameSourceIfMatch = str
RenameSourceIfModifiedSince = datetime
RenameSourceIfNoneMatch = str
RenameSourceIfUnmodifiedSince = datetime
ReplaceKeyPrefixWith = str
ReplaceKeyWith = str
ReplicaKmsKeyID = str
ReplicaModificationsStatus = str
ReplicationRuleStatus = str
ReplicationStatus = str
ReplicationTimeStatus = str
RequestCharged = str
RequestPayer = str
RequestRoute = str
RequestToken = str
ResponseCacheControl = str
ResponseContentDisposition = str
ResponseContentEncoding = str
ResponseContentLanguage = str
ResponseContentType = str
ResponseExpires = datetime
Restore = str
RestoreExpiryDate = datetime
RestoreOutputPath = str
RestoreRequestType = str
Role = str
S3RegionalOrS3ExpressBucketArnString = str
S3TablesArn = str
S3TablesBucketArn = str
S3TablesBucketType = str
S3TablesName = str
S3TablesNamespace = str
SSECustomerAlgorithm = str
SSECustomerKey = str
SSECustomerKeyMD5 = str
SSEKMSEncryptionContext = str
SSEKMSKeyId = str
ServerSideEncryption = str
SessionCredentialValue = str
SessionExpiration = datetime
SessionMode = str
Setting = bool
Size = int
SkipValidation = bool
SseKmsEncryptedObjectsStatus = str
Start = int
StartAfter = str
StorageClass = str
StorageClassAnalysisSchemaVersion = str
Suffix = str
TableSseAlgorithm = str
TagCount = int
TaggingDirective = str
TaggingHeader = str
TargetBucket = str
TargetPrefix = str
Tier = str
Token = str
TopicArn = str
TransitionDefaultMinimumObjectSize = str
TransitionStorageClass = str
Type = str
URI = str
UploadIdMarker = str
Value = str
VersionCount = int
VersionIdMarker = str
WebsiteRedirectLocation = str
WriteOffsetBytes = int
Years = int


class AnalyticsS3ExportFileFormatValues:
    CSV: Final = "CSV"


class ArchiveStatusValues:
    ARCHIVE_ACCESS: Final = "ARCHIVE_ACCESS"
    DEEP_ARCHIVE_ACCESS: Final = "DEEP_ARCHIVE_ACCESS"


class BucketAbacStatusValues:
    Enabled: Final = "Enabled"
    Disabled: Final = "Disabled"


class BucketAccelerateStatusValues:
    Enabled: Final = "Enabled"
    Suspended: Final = "Suspended"


class BucketCannedACLValues:
    private: Final = "private"
    public_read: Final = "public-read"
    public_read_write: Final = "public-read-write"
    authenticated_read: Final = "authenticated-read"


class BucketLocationConstraintValues:
    af_south_1: Final = "af-south-1"
    ap_east_1: Final = "ap-east-1"
    ap_east_2: Final = "ap-east-2"
    ap_northeast_1: Final = "ap-northeast-1"
    ap_northeast_2: Final = "ap-northeast-2"
    ap_northeast_3: Final = "ap-northeast-3"
    ap_south_1: Final = "ap-south-1"
    ap_south_2: Final = "ap-south-2"
    ap_southeast_1: Final = "ap-southeast-1"
    ap_southeast_2: Final = "ap-southeast-2"
    ap_southeast_3: Final = "ap-southeast-3"
    ap_southeast_4: Final = "ap-southeast-4"
    ap_southeast_5: Final = "ap-southeast-5"
    ap_southeast_6: Final = "ap-southeast-6"
    ap_southeast_7: Final = "ap-southeast-7"
    ca_central_1: Final = "ca-central-1"
    ca_west_1: Final = "ca-west-1"
    cn_north_1: Final = "cn-north-1"
    cn_northwest_1: Final = "cn-northwest-1"
    EU: Final = "EU"
    eu_central_1: Final = "eu-central-1"
    eu_central_2: Final = "eu-central-2"
    eu_north_1: Final = "eu-north-1"
    eu_south_1: Final = "eu-south-1"
    eu_south_2: Final = "eu-south-2"
    eu_west_1: Final = "eu-west-1"
    eu_west_2: Final = "eu-west-2"
    eu_west_3: Final = "eu-west-3"
    il_central_1: Final = "il-central-1"
    me_central_1: Final = "me-central-1"
    me_south_1: Final = "me-south-1"
    mx_central_1: Final = "mx-central-1"
    sa_east_1: Final = "sa-east-1"
    us_east_2: Final = "us-east-2"
    us_gov_east_1: Final = "us-gov-east-1"
    us_gov_west_1: Final = "us-gov-west-1"
    us_west_1: Final = "us-west-1"
    us_west_2: Final = "us-west-2"


class BucketLogsPermissionValues:
    FULL_CONTROL: Final = "FULL_CONTROL"
    READ: Final = "READ"
    WRITE: Final = "WRITE"


class BucketNamespaceValues:
    account_regional: Final = "account-regional"
    global_: Final = "global"


class BucketTypeValues:
    Directory: Final = "Directory"


class BucketVersioningStatusValues:
    Enabled: Final = "Enabled"
    Suspended: Final = "Suspended"


class ChecksumAlgorithmValues:
    CRC32: Final = "CRC32"
    CRC32C: Final = "CRC32C"
    SHA1: Final = "SHA1"
    SHA256: Final = "SHA256"
    CRC64NVME: Final = "CRC64NVME"
    SHA512: Final = "SHA512"
    MD5: Final = "MD5"
    XXHASH64: Final = "XXHASH64"
    XXHASH3: Final = "XXHASH3"
    XXHASH128: Final = "XXHASH128"


class ChecksumModeValues:
    ENABLED: Final = "ENABLED"


class ChecksumTypeValues:
    COMPOSITE: Final = "COMPOSITE"
    FULL_OBJECT: Final = "FULL_OBJECT"


class CompressionTypeValues:
    NONE: Final = "NONE"
    GZIP: Final = "GZIP"
    BZIP2: Final = "BZIP2"


class DataRedundancyValues:
    SingleAvailabilityZone: Final = "SingleAvailabilityZone"
    SingleLocalZone: Final = "SingleLocalZone"


class DeleteMarkerReplicationStatusValues:
    Enabled: Final = "Enabled"
    Disabled: Final = "Disabled"


class EncodingTypeValues:
    url: Final = "url"


class EncryptionTypeValues:
    NONE: Final = "NONE"
    SSE_C: Final = "SSE-C"


class EventValues:
    s3_ReducedRedundancyLostObject: Final = "s3:ReducedRedundancyLostObject"
    s3_ObjectCreated__: Final = "s3:ObjectCreated:*"
    s3_ObjectCreated_Put: Final = "s3:ObjectCreated:Put"
    s3_ObjectCreated_Post: Final = "s3:ObjectCreated:Post"
    s3_ObjectCreated_Copy: Final = "s3:ObjectCreated:Copy"
    s3_ObjectCreated_CompleteMultipartUpload: Final = "s3:ObjectCreated:CompleteMultipartUpload"
    s3_ObjectRemoved__: Final = "s3:ObjectRemoved:*"
    s3_ObjectRemoved_Delete: Final = "s3:ObjectRemoved:Delete"
    s3_ObjectRemoved_DeleteMarkerCreated: Final = "s3:ObjectRemoved:DeleteMarkerCreated"
    s3_ObjectRestore__: Final = "s3:ObjectRestore:*"
    s3_ObjectRestore_Post: Final = "s3:ObjectRestore:Post"
    s3_ObjectRestore_Completed: Final = "s3:ObjectRestore:Completed"
    s3_Replication__: Final = "s3:Replication:*"
    s3_Replication_OperationFailedReplication: Final = "s3:Replication:OperationFailedReplication"
    s3_Replication_OperationNotTracked: Final = "s3:Replication:OperationNotTracked"
    s3_Replication_OperationMissedThreshold: Final = "s3:Replication:OperationMissedThreshold"
    s3_Replication_OperationReplicatedAfterThreshold: Final = (
        "s3:Replication:OperationReplicatedAfterThreshold"
    )
    s3_ObjectRestore_Delete: Final = "s3:ObjectRestore:Delete"
    s3_LifecycleTransition: Final = "s3:LifecycleTransition"
    s3_IntelligentTiering: Final = "s3:IntelligentTiering"
    s3_ObjectAcl_Put: Final = "s3:ObjectAcl:Put"
    s3_LifecycleExpiration__: Final = "s3:LifecycleExpiration:*"
    s3_LifecycleExpiration_Delete: Final = "s3:LifecycleExpiration:Delete"
    s3_LifecycleExpiration_DeleteMarkerCreated: Final = "s3:LifecycleExpiration:DeleteMarkerCreated"
    s3_ObjectTagging__: Final = "s3:ObjectTagging:*"
    s3_ObjectTagging_Put: Final = "s3:ObjectTagging:Put"
    s3_ObjectTagging_Delete: Final = "s3:ObjectTagging:Delete"


class ExistingObjectReplicationStatusValues:
    Enabled: Final = "Enabled"
    Disabled: Final = "Disabled"


class ExpirationStateValues:
    ENABLED: Final = "ENABLED"
    DISABLED: Final = "DISABLED"


class ExpirationStatusValues:
    Enabled: Final = "Enabled"
    Disabled: Final = "Disabled"


class ExpressionTypeValues:
    SQL: Final = "SQL"


class FileHeaderInfoValues:
    USE: Final = "USE"
    IGNORE: Final = "IGNORE"
    NONE: Final = "NONE"


class FilterRuleNameValues:
    prefix: Final = "prefix"
    suffix: Final = "suffix"


class IntelligentTieringAccessTierValues:
    ARCHIVE_ACCESS: Final = "ARCHIVE_ACCESS"
    DEEP_ARCHIVE_ACCESS: Final = "DEEP_ARCHIVE_ACCESS"


class IntelligentTieringStatusValues:
    Enabled: Final = "Enabled"
    Disabled: Final = "Disabled"


class InventoryConfigurationStateValues:
    ENABLED: Final = "ENABLED"
    DISABLED: Final = "DISABLED"


class InventoryFormatValues:
    CSV: Final = "CSV"
    ORC: Final = "ORC"
    Parquet: Final = "Parquet"


class InventoryFrequencyValues:
    Daily: Final = "Daily"
    Weekly: Final = "Weekly"


class InventoryIncludedObjectVersionsValues:
    All: Final = "All"
    Current: Final = "Current"


class InventoryOptionalFieldValues:
    Size: Final = "Size"
    LastModifiedDate: Final = "LastModifiedDate"
    StorageClass: Final = "StorageClass"
    ETag: Final = "ETag"
    IsMultipartUploaded: Final = "IsMultipartUploaded"
    ReplicationStatus: Final = "ReplicationStatus"
    EncryptionStatus: Final = "EncryptionStatus"
    ObjectLockRetainUntilDate: Final = "ObjectLockRetainUntilDate"
    ObjectLockMode: Final = "ObjectLockMode"
    ObjectLockLegalHoldStatus: Final = "ObjectLockLegalHoldStatus"
    IntelligentTieringAccessTier: Final = "IntelligentTieringAccessTier"
    BucketKeyStatus: Final = "BucketKeyStatus"
    ChecksumAlgorithm: Final = "ChecksumAlgorithm"
    ObjectAccessControlList: Final = "ObjectAccessControlList"
    ObjectOwner: Final = "ObjectOwner"
    LifecycleExpirationDate: Final = "LifecycleExpirationDate"


class JSONTypeValues:
    DOCUMENT: Final = "DOCUMENT"
    LINES: Final = "LINES"


class LocationTypeValues:
    AvailabilityZone: Final = "AvailabilityZone"
    LocalZone: Final = "LocalZone"


class MFADeleteValues:
    Enabled: Final = "Enabled"
    Disabled: Final = "Disabled"


class MFADeleteStatusValues:
    Enabled: Final = "Enabled"
    Disabled: Final = "Disabled"


class MetadataDirectiveValues:
    COPY: Final = "COPY"
    REPLACE: Final = "REPLACE"


class MetricsStatusValues:
    Enabled: Final = "Enabled"
    Disabled: Final = "Disabled"


class ObjectAttributesValues:
    ETag: Final = "ETag"
    Checksum: Final = "Checksum"
    ObjectParts: Final = "ObjectParts"
    StorageClass: Final = "StorageClass"
    ObjectSize: Final = "ObjectSize"


class ObjectCannedACLValues:
    private: Final = "private"
    public_read: Final = "public-read"
    public_read_write: Final = "public-read-write"
    authenticated_read: Final = "authenticated-read"
    aws_exec_read: Final = "aws-exec-read"
    bucket_owner_read: Final = "bucket-owner-read"
    bucket_owner_full_control: Final = "bucket-owner-full-control"


class ObjectLockEnabledValues:
    Enabled: Final = "Enabled"


class ObjectLockLegalHoldStatusValues:
    ON: Final = "ON"
    OFF: Final = "OFF"


class ObjectLockModeValues:
    GOVERNANCE: Final = "GOVERNANCE"
    COMPLIANCE: Final = "COMPLIANCE"


class ObjectLockRetentionModeValues:
    GOVERNANCE: Final = "GOVERNANCE"
    COMPLIANCE: Final = "COMPLIANCE"


class ObjectOwnershipValues:
    BucketOwnerPreferred: Final = "BucketOwnerPreferred"
    ObjectWriter: Final = "ObjectWriter"
    BucketOwnerEnforced: Final = "BucketOwnerEnforced"


class ObjectStorageClassValues:
    STANDARD: Final = "STANDARD"
    REDUCED_REDUNDANCY: Final = "REDUCED_REDUNDANCY"
    GLACIER: Final = "GLACIER"
    STANDARD_IA: Final = "STANDARD_IA"
    ONEZONE_IA: Final = "ONEZONE_IA"
    INTELLIGENT_TIERING: Final = "INTELLIGENT_TIERING"
    DEEP_ARCHIVE: Final = "DEEP_ARCHIVE"
    OUTPOSTS: Final = "OUTPOSTS"
    GLACIER_IR: Final = "GLACIER_IR"
    SNOW: Final = "SNOW"
    EXPRESS_ONEZONE: Final = "EXPRESS_ONEZONE"
    FSX_OPENZFS: Final = "FSX_OPENZFS"
    FSX_ONTAP: Final = "FSX_ONTAP"


class ObjectVersionStorageClassValues:
    STANDARD: Final = "STANDARD"


class OptionalObjectAttributesValues:
    RestoreStatus: Final = "RestoreStatus"


class OwnerOverrideValues:
    Destination: Final = "Destination"


class PartitionDateSourceValues:
    EventTime: Final = "EventTime"
    DeliveryTime: Final = "DeliveryTime"


class PayerValues:
    Requester: Final = "Requester"
    BucketOwner: Final = "BucketOwner"


class PermissionValues:
    FULL_CONTROL: Final = "FULL_CONTROL"
    WRITE: Final = "WRITE"
    WRITE_ACP: Final = "WRITE_ACP"
    READ: Final = "READ"
    READ_ACP: Final = "READ_ACP"


class ProtocolValues:
    http: Final = "http"
    https: Final = "https"


class QuoteFieldsValues:
    ALWAYS: Final = "ALWAYS"
    ASNEEDED: Final = "ASNEEDED"


class ReplicaModificationsStatusValues:
    Enabled: Final = "Enabled"
    Disabled: Final = "Disabled"


class ReplicationRuleStatusValues:
    Enabled: Final = "Enabled"
    Disabled: Final = "Disabled"


class ReplicationStatusValues:
    COMPLETE: Final = "COMPLETE"
    PENDING: Final = "PENDING"
    FAILED: Final = "FAILED"
    REPLICA: Final = "REPLICA"
    COMPLETED: Final = "COMPLETED"


class ReplicationTimeStatusValues:
    Enabled: Final = "Enabled"
    Disabled: Final = "Disabled"


class RequestChargedValues:
    requester: Final = "requester"


class RequestPayerValues:
    requester: Final = "requester"


class RestoreRequestTypeValues:
    SELECT: Final = "SELECT"


class S3TablesBucketTypeValues:
    aws: Final = "aws"
    customer: Final = "customer"


class ServerSideEncryptionValues:
    AES256: Final = "AES256"
    aws_fsx: Final = "aws:fsx"
    aws_kms: Final = "aws:kms"
    aws_kms_dsse: Final = "aws:kms:dsse"


class SessionModeValues:
    ReadOnly: Final = "ReadOnly"
    ReadWrite: Final = "ReadWrite"


class SseKmsEncryptedObjectsStatusValues:
    Enabled: Final = "Enabled"
    Disabled: Final = "Disabled"


class StorageClassValues:
    STANDARD: Final = "STANDARD"
    REDUCED_REDUNDANCY: Final = "REDUCED_REDUNDANCY"
    STANDARD_IA: Final = "STANDARD_IA"
    ONEZONE_IA: Final = "ONEZONE_IA"
    INTELLIGENT_TIERING: Final = "INTELLIGENT_TIERING"
    GLACIER: Final = "GLACIER"
    DEEP_ARCHIVE: Final = "DEEP_ARCHIVE"
    OUTPOSTS: Final = "OUTPOSTS"
    GLACIER_IR: Final = "GLACIER_IR"
    SNOW: Final = "SNOW"
    EXPRESS_ONEZONE: Final = "EXPRESS_ONEZONE"
    FSX_OPENZFS: Final = "FSX_OPENZFS"
    FSX_ONTAP: Final = "FSX_ONTAP"


class StorageClassAnalysisSchemaVersionValues:
    V_1: Final = "V_1"


class TableSseAlgorithmValues:
    aws_kms: Final = "aws:kms"
    AES256: Final = "AES256"


class TaggingDirectiveValues:
    COPY: Final = "COPY"
    REPLACE: Final = "REPLACE"


class TierValues:
    Standard: Final = "Standard"
    Bulk: Final = "Bulk"
    Expedited: Final = "Expedited"


class TransitionDefaultMinimumObjectSizeValues:
    varies_by_storage_class: Final = "varies_by_storage_class"
    all_storage_classes_128K: Final = "all_storage_classes_128K"


class TransitionStorageClassValues:
    GLACIER: Final = "GLACIER"
    STANDARD_IA: Final = "STANDARD_IA"
    ONEZONE_IA: Final = "ONEZONE_IA"
    INTELLIGENT_TIERING: Final = "INTELLIGENT_TIERING"
    DEEP_ARCHIVE: Final = "DEEP_ARCHIVE"
    GLACIER_IR: Final = "GLACIER_IR"


class TypeValues:
    CanonicalUser: Final = "CanonicalUser"
    AmazonCustomerByEmail: Final = "AmazonCustomerByEmail"
    Group: Final = "Group"


class AbacStatus(TypedDict):
    Status: NotRequired[BucketAbacStatus]


class AbortIncompleteMultipartUpload(TypedDict):
    DaysAfterInitiation: NotRequired[DaysAfterInitiation]


class AbortMultipartUploadOutput(TypedDict):
    RequestCharged: NotRequired[RequestCharged]


class AbortMultipartUploadRequest(TypedDict):
    Bucket: BucketName
    Key: ObjectKey
    UploadId: MultipartUploadId
    RequestPayer: NotRequired[RequestPayer]
    ExpectedBucketOwner: NotRequired[AccountId]
    IfMatchInitiatedTime: NotRequired[IfMatchInitiatedTime]


class AccelerateConfiguration(TypedDict):
    Status: NotRequired[BucketAccelerateStatus]


class AccessControlPolicy(TypedDict):
    Grants: NotRequired[Grants]
    Owner: NotRequired[Owner]


class AccessControlTranslation(TypedDict):
    Owner: OwnerOverride


class AnalyticsAndOperator(TypedDict):
    Prefix: NotRequired[Prefix]
    Tags: NotRequired[TagSet]


class AnalyticsConfiguration(TypedDict):
    Id: AnalyticsId
    Filter: NotRequired[AnalyticsFilter]
    StorageClassAnalysis: StorageClassAnalysis


class AnalyticsExportDestination(TypedDict):
    S3BucketDestination: AnalyticsS3BucketDestination


class AnalyticsFilter(TypedDict):
    Prefix: NotRequired[Prefix]
    Tag: NotRequired[Tag]
    And: NotRequired[AnalyticsAndOperator]


class AnalyticsS3BucketDestination(TypedDict):
    Format: AnalyticsS3ExportFileFormat
    BucketAccountId: NotRequired[AccountId]
    Bucket: BucketName
    Prefix: NotRequired[Prefix]


class BlockedEncryptionTypes(TypedDict):
    EncryptionType: NotRequired[EncryptionTypeList]


class Bucket(TypedDict):
    Name: NotRequired[BucketName]
    CreationDate: NotRequired[CreationDate]
    BucketRegion: NotRequired[BucketRegion]
    BucketArn: NotRequired[S3RegionalOrS3ExpressBucketArnString]


class BucketInfo(TypedDict):
    DataRedundancy: NotRequired[DataRedundancy]
    Type: NotRequired[BucketType]


class BucketLifecycleConfiguration(TypedDict):
    Rules: LifecycleRules


class BucketLoggingStatus(TypedDict):
    LoggingEnabled: NotRequired[LoggingEnabled]


class CORSConfiguration(TypedDict):
    CORSRules: CORSRules


class CORSRule(TypedDict):
    ID: NotRequired[ID]
    AllowedHeaders: NotRequired[AllowedHeaders]
    AllowedMethods: AllowedMethods
    AllowedOrigins: AllowedOrigins
    ExposeHeaders: NotRequired[ExposeHeaders]
    MaxAgeSeconds: NotRequired[MaxAgeSeconds]


class CSVInput(TypedDict):
    FileHeaderInfo: NotRequired[FileHeaderInfo]
    Comments: NotRequired[Comments]
    QuoteEscapeCharacter: NotRequired[QuoteEscapeCharacter]
    RecordDelimiter: NotRequired[RecordDelimiter]
    FieldDelimiter: NotRequired[FieldDelimiter]
    QuoteCharacter: NotRequired[QuoteCharacter]
    AllowQuotedRecordDelimiter: NotRequired[AllowQuotedRecordDelimiter]


class CSVOutput(TypedDict):
    QuoteFields: NotRequired[QuoteFields]
    QuoteEscapeCharacter: NotRequired[QuoteEscapeCharacter]
    RecordDelimiter: NotRequired[RecordDelimiter]
    FieldDelimiter: NotRequired[FieldDelimiter]
    QuoteCharacter: NotRequired[QuoteCharacter]


class Checksum(TypedDict):
    ChecksumCRC32: NotRequired[ChecksumCRC32]
    ChecksumCRC32C: NotRequired[ChecksumCRC32C]
    ChecksumCRC64NVME: NotRequired[ChecksumCRC64NVME]
    ChecksumSHA1: NotRequired[ChecksumSHA1]
    ChecksumSHA256: NotRequired[ChecksumSHA256]
    ChecksumSHA512: NotRequired[ChecksumSHA512]
    ChecksumMD5: NotRequired[ChecksumMD5]
    ChecksumXXHASH64: NotRequired[ChecksumXXHASH64]
    ChecksumXXHASH3: NotRequired[ChecksumXXHASH3]
    ChecksumXXHASH128: NotRequired[ChecksumXXHASH128]
    ChecksumType: NotRequired[ChecksumType]


class CloudFunctionConfiguration(TypedDict):
    Id: NotRequired[NotificationId]
    Event: NotRequired[Event]
    Events: NotRequired[EventList]
    CloudFunction: NotRequired[CloudFunction]
    InvocationRole: NotRequired[CloudFunctionInvocationRole]


class CommonPrefix(TypedDict):
    Prefix: NotRequired[Prefix]


class CompleteMultipartUploadOutput(TypedDict):
    Location: NotRequired[Location]
    Bucket: NotRequired[BucketName]
    Key: NotRequired[ObjectKey]
    Expiration: NotRequired[Expiration]
    ETag: NotRequired[ETag]
    ChecksumCRC32: NotRequired[ChecksumCRC32]
    ChecksumCRC32C: NotRequired[ChecksumCRC32C]
    ChecksumCRC64NVME: NotRequired[ChecksumCRC64NVME]
    ChecksumSHA1: NotRequired[ChecksumSHA1]
    ChecksumSHA256: NotRequired[ChecksumSHA256]
    ChecksumSHA512: NotRequired[ChecksumSHA512]
    ChecksumMD5: NotRequired[ChecksumMD5]
    ChecksumXXHASH64: NotRequired[ChecksumXXHASH64]
    ChecksumXXHASH3: NotRequired[ChecksumXXHASH3]
    ChecksumXXHASH128: NotRequired[ChecksumXXHASH128]
    ChecksumType: NotRequired[ChecksumType]
    ServerSideEncryption: NotRequired[ServerSideEncryption]
    VersionId: NotRequired[ObjectVersionId]
    SSEKMSKeyId: NotRequired[SSEKMSKeyId]
    BucketKeyEnabled: NotRequired[BucketKeyEnabled]
    RequestCharged: NotRequired[RequestCharged]


class CompleteMultipartUploadRequest(TypedDict):
    Bucket: BucketName
    Key: ObjectKey
    MultipartUpload: NotRequired[CompletedMultipartUpload]
    UploadId: MultipartUploadId
    ChecksumCRC32: NotRequired[ChecksumCRC32]
    ChecksumCRC32C: NotRequired[ChecksumCRC32C]
    ChecksumCRC64NVME: NotRequired[ChecksumCRC64NVME]
    ChecksumSHA1: NotRequired[ChecksumSHA1]
    ChecksumSHA256: NotRequired[ChecksumSHA256]
    ChecksumSHA512: NotRequired[ChecksumSHA512]
    ChecksumMD5: NotRequired[ChecksumMD5]
    ChecksumXXHASH64: NotRequired[ChecksumXXHASH64]
    ChecksumXXHASH3: NotRequired[ChecksumXXHASH3]
    ChecksumXXHASH128: NotRequired[ChecksumXXHASH128]
    ChecksumType: NotRequired[ChecksumType]
    MpuObjectSize: NotRequired[MpuObjectSize]
    RequestPayer: NotRequired[RequestPayer]
    ExpectedBucketOwner: NotRequired[AccountId]
    IfMatch: NotRequired[IfMatch]
    IfNoneMatch: NotRequired[IfNoneMatch]
    SSECustomerAlgorithm: NotRequired[SSECustomerAlgorithm]
    SSECustomerKey: NotRequired[SSECustomerKey]
    SSECustomerKeyMD5: NotRequired[SSECustomerKeyMD5]


class CompletedMultipartUpload(TypedDict):
    Parts: NotRequired[CompletedPartList]


class CompletedPart(TypedDict):
    ETag: NotRequired[ETag]
    ChecksumCRC32: NotRequired[ChecksumCRC32]
    ChecksumCRC32C: NotRequired[ChecksumCRC32C]
    ChecksumCRC64NVME: NotRequired[ChecksumCRC64NVME]
    ChecksumSHA1: NotRequired[ChecksumSHA1]
    ChecksumSHA256: NotRequired[ChecksumSHA256]
    ChecksumSHA512: NotRequired[ChecksumSHA512]
    ChecksumMD5: NotRequired[ChecksumMD5]
    ChecksumXXHASH64: NotRequired[ChecksumXXHASH64]
    ChecksumXXHASH3: NotRequired[ChecksumXXHASH3]
    ChecksumXXHASH128: NotRequired[ChecksumXXHASH128]
    PartNumber: NotRequired[PartNumber]


class Condition(TypedDict):
    HttpErrorCodeReturnedEquals: NotRequired[HttpErrorCodeReturnedEquals]
    KeyPrefixEquals: NotRequired[KeyPrefixEquals]


class ContinuationEvent(TypedDict):
    pass


class CopyObjectOutput(TypedDict):
    CopyObjectResult: NotRequired[CopyObjectResult]
    Expiration: NotRequired[Expiration]
    CopySourceVersionId: NotRequired[CopySourceVersionId]
    VersionId: NotRequired[ObjectVersionId]
    ServerSideEncryption: NotRequired[ServerSideEncryption]
    SSECustomerAlgorithm: NotRequired[SSECustomerAlgorithm]
    SSECustomerKeyMD5: NotRequired[SSECustomerKeyMD5]
    SSEKMSKeyId: NotRequired[SSEKMSKeyId]
    SSEKMSEncryptionContext: NotRequired[SSEKMSEncryptionContext]
    BucketKeyEnabled: NotRequired[BucketKeyEnabled]
    RequestCharged: NotRequired[RequestCharged]


class CopyObjectRequest(TypedDict):
    ACL: NotRequired[ObjectCannedACL]
    Bucket: BucketName
    CacheControl: NotRequired[CacheControl]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    ContentDisposition: NotRequired[ContentDisposition]
    ContentEncoding: NotRequired[ContentEncoding]
    ContentLanguage: NotRequired[ContentLanguage]
    ContentType: NotRequired[ContentType]
    CopySource: CopySource
    CopySourceIfMatch: NotRequired[CopySourceIfMatch]
    CopySourceIfModifiedSince: NotRequired[CopySourceIfModifiedSince]
    CopySourceIfNoneMatch: NotRequired[CopySourceIfNoneMatch]
    CopySourceIfUnmodifiedSince: NotRequired[CopySourceIfUnmodifiedSince]
    Expires: NotRequired[Expires]
    GrantFullControl: NotRequired[GrantFullControl]
    GrantRead: NotRequired[GrantRead]
    GrantReadACP: NotRequired[GrantReadACP]
    GrantWriteACP: NotRequired[GrantWriteACP]
    IfMatch: NotRequired[IfMatch]
    IfNoneMatch: NotRequired[IfNoneMatch]
    Key: ObjectKey
    Metadata: NotRequired[Metadata]
    MetadataDirective: NotRequired[MetadataDirective]
    TaggingDirective: NotRequired[TaggingDirective]
    ServerSideEncryption: NotRequired[ServerSideEncryption]
    StorageClass: NotRequired[StorageClass]
    WebsiteRedirectLocation: NotRequired[WebsiteRedirectLocation]
    SSECustomerAlgorithm: NotRequired[SSECustomerAlgorithm]
    SSECustomerKey: NotRequired[SSECustomerKey]
    SSECustomerKeyMD5: NotRequired[SSECustomerKeyMD5]
    SSEKMSKeyId: NotRequired[SSEKMSKeyId]
    SSEKMSEncryptionContext: NotRequired[SSEKMSEncryptionContext]
    BucketKeyEnabled: NotRequired[BucketKeyEnabled]
    CopySourceSSECustomerAlgorithm: NotRequired[CopySourceSSECustomerAlgorithm]
    CopySourceSSECustomerKey: NotRequired[CopySourceSSECustomerKey]
    CopySourceSSECustomerKeyMD5: NotRequired[CopySourceSSECustomerKeyMD5]
    RequestPayer: NotRequired[RequestPayer]
    Tagging: NotRequired[TaggingHeader]
    ObjectLockMode: NotRequired[ObjectLockMode]
    ObjectLockRetainUntilDate: NotRequired[ObjectLockRetainUntilDate]
    ObjectLockLegalHoldStatus: NotRequired[ObjectLockLegalHoldStatus]
    ExpectedBucketOwner: NotRequired[AccountId]
    ExpectedSourceBucketOwner: NotRequired[AccountId]


class CopyObjectResult(TypedDict):
    ETag: NotRequired[ETag]
    LastModified: NotRequired[LastModified]
    ChecksumType: NotRequired[ChecksumType]
    ChecksumCRC32: NotRequired[ChecksumCRC32]
    ChecksumCRC32C: NotRequired[ChecksumCRC32C]
    ChecksumCRC64NVME: NotRequired[ChecksumCRC64NVME]
    ChecksumSHA1: NotRequired[ChecksumSHA1]
    ChecksumSHA256: NotRequired[ChecksumSHA256]
    ChecksumSHA512: NotRequired[ChecksumSHA512]
    ChecksumMD5: NotRequired[ChecksumMD5]
    ChecksumXXHASH64: NotRequired[ChecksumXXHASH64]
    ChecksumXXHASH3: NotRequired[ChecksumXXHASH3]
    ChecksumXXHASH128: NotRequired[ChecksumXXHASH128]


class CopyPartResult(TypedDict):
    ETag: NotRequired[ETag]
    LastModified: NotRequired[LastModified]
    ChecksumCRC32: NotRequired[ChecksumCRC32]
    ChecksumCRC32C: NotRequired[ChecksumCRC32C]
    ChecksumCRC64NVME: NotRequired[ChecksumCRC64NVME]
    ChecksumSHA1: NotRequired[ChecksumSHA1]
    ChecksumSHA256: NotRequired[ChecksumSHA256]
    ChecksumSHA512: NotRequired[ChecksumSHA512]
    ChecksumMD5: NotRequired[ChecksumMD5]
    ChecksumXXHASH64: NotRequired[ChecksumXXHASH64]
    ChecksumXXHASH3: NotRequired[ChecksumXXHASH3]
    ChecksumXXHASH128: NotRequired[ChecksumXXHASH128]


class CreateBucketConfiguration(TypedDict):
    LocationConstraint: NotRequired[BucketLocationConstraint]
    Location: NotRequired[LocationInfo]
    Bucket: NotRequired[BucketInfo]
    Tags: NotRequired[TagSet]


class CreateBucketMetadataConfigurationRequest(TypedDict):
    Bucket: BucketName
    ContentMD5: NotRequired[ContentMD5]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    MetadataConfiguration: MetadataConfiguration
    ExpectedBucketOwner: NotRequired[AccountId]


class CreateBucketMetadataTableConfigurationRequest(TypedDict):
    Bucket: BucketName
    ContentMD5: NotRequired[ContentMD5]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    MetadataTableConfiguration: MetadataTableConfiguration
    ExpectedBucketOwner: NotRequired[AccountId]


class CreateBucketOutput(TypedDict):
    Location: NotRequired[Location]
    BucketArn: NotRequired[S3RegionalOrS3ExpressBucketArnString]


class CreateBucketRequest(TypedDict):
    ACL: NotRequired[BucketCannedACL]
    Bucket: BucketName
    CreateBucketConfiguration: NotRequired[CreateBucketConfiguration]
    GrantFullControl: NotRequired[GrantFullControl]
    GrantRead: NotRequired[GrantRead]
    GrantReadACP: NotRequired[GrantReadACP]
    GrantWrite: NotRequired[GrantWrite]
    GrantWriteACP: NotRequired[GrantWriteACP]
    ObjectLockEnabledForBucket: NotRequired[ObjectLockEnabledForBucket]
    ObjectOwnership: NotRequired[ObjectOwnership]
    BucketNamespace: NotRequired[BucketNamespace]


class CreateMultipartUploadOutput(TypedDict):
    AbortDate: NotRequired[AbortDate]
    AbortRuleId: NotRequired[AbortRuleId]
    Bucket: NotRequired[BucketName]
    Key: NotRequired[ObjectKey]
    UploadId: NotRequired[MultipartUploadId]
    ServerSideEncryption: NotRequired[ServerSideEncryption]
    SSECustomerAlgorithm: NotRequired[SSECustomerAlgorithm]
    SSECustomerKeyMD5: NotRequired[SSECustomerKeyMD5]
    SSEKMSKeyId: NotRequired[SSEKMSKeyId]
    SSEKMSEncryptionContext: NotRequired[SSEKMSEncryptionContext]
    BucketKeyEnabled: NotRequired[BucketKeyEnabled]
    RequestCharged: NotRequired[RequestCharged]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    ChecksumType: NotRequired[ChecksumType]


class CreateMultipartUploadRequest(TypedDict):
    ACL: NotRequired[ObjectCannedACL]
    Bucket: BucketName
    CacheControl: NotRequired[CacheControl]
    ContentDisposition: NotRequired[ContentDisposition]
    ContentEncoding: NotRequired[ContentEncoding]
    ContentLanguage: NotRequired[ContentLanguage]
    ContentType: NotRequired[ContentType]
    Expires: NotRequired[Expires]
    GrantFullControl: NotRequired[GrantFullControl]
    GrantRead: NotRequired[GrantRead]
    GrantReadACP: NotRequired[GrantReadACP]
    GrantWriteACP: NotRequired[GrantWriteACP]
    Key: ObjectKey
    Metadata: NotRequired[Metadata]
    ServerSideEncryption: NotRequired[ServerSideEncryption]
    StorageClass: NotRequired[StorageClass]
    WebsiteRedirectLocation: NotRequired[WebsiteRedirectLocation]
    SSECustomerAlgorithm: NotRequired[SSECustomerAlgorithm]
    SSECustomerKey: NotRequired[SSECustomerKey]
    SSECustomerKeyMD5: NotRequired[SSECustomerKeyMD5]
    SSEKMSKeyId: NotRequired[SSEKMSKeyId]
    SSEKMSEncryptionContext: NotRequired[SSEKMSEncryptionContext]
    BucketKeyEnabled: NotRequired[BucketKeyEnabled]
    RequestPayer: NotRequired[RequestPayer]
    Tagging: NotRequired[TaggingHeader]
    ObjectLockMode: NotRequired[ObjectLockMode]
    ObjectLockRetainUntilDate: NotRequired[ObjectLockRetainUntilDate]
    ObjectLockLegalHoldStatus: NotRequired[ObjectLockLegalHoldStatus]
    ExpectedBucketOwner: NotRequired[AccountId]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    ChecksumType: NotRequired[ChecksumType]


class CreateSessionOutput(TypedDict):
    ServerSideEncryption: NotRequired[ServerSideEncryption]
    SSEKMSKeyId: NotRequired[SSEKMSKeyId]
    SSEKMSEncryptionContext: NotRequired[SSEKMSEncryptionContext]
    BucketKeyEnabled: NotRequired[BucketKeyEnabled]
    Credentials: SessionCredentials


class CreateSessionRequest(TypedDict):
    SessionMode: NotRequired[SessionMode]
    Bucket: BucketName
    ServerSideEncryption: NotRequired[ServerSideEncryption]
    SSEKMSKeyId: NotRequired[SSEKMSKeyId]
    SSEKMSEncryptionContext: NotRequired[SSEKMSEncryptionContext]
    BucketKeyEnabled: NotRequired[BucketKeyEnabled]


class DefaultRetention(TypedDict):
    Mode: NotRequired[ObjectLockRetentionMode]
    Days: NotRequired[Days]
    Years: NotRequired[Years]


class Delete(TypedDict):
    Objects: ObjectIdentifierList
    Quiet: NotRequired[Quiet]


class DeleteBucketAnalyticsConfigurationRequest(TypedDict):
    Bucket: BucketName
    Id: AnalyticsId
    ExpectedBucketOwner: NotRequired[AccountId]


class DeleteBucketCorsRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class DeleteBucketEncryptionRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class DeleteBucketIntelligentTieringConfigurationRequest(TypedDict):
    Bucket: BucketName
    Id: IntelligentTieringId
    ExpectedBucketOwner: NotRequired[AccountId]


class DeleteBucketInventoryConfigurationRequest(TypedDict):
    Bucket: BucketName
    Id: InventoryId
    ExpectedBucketOwner: NotRequired[AccountId]


class DeleteBucketLifecycleRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class DeleteBucketMetadataConfigurationRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class DeleteBucketMetadataTableConfigurationRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class DeleteBucketMetricsConfigurationRequest(TypedDict):
    Bucket: BucketName
    Id: MetricsId
    ExpectedBucketOwner: NotRequired[AccountId]


class DeleteBucketOwnershipControlsRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class DeleteBucketPolicyRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class DeleteBucketReplicationRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class DeleteBucketRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class DeleteBucketTaggingRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class DeleteBucketWebsiteRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class DeleteMarkerEntry(TypedDict):
    Owner: NotRequired[Owner]
    Key: NotRequired[ObjectKey]
    VersionId: NotRequired[ObjectVersionId]
    IsLatest: NotRequired[IsLatest]
    LastModified: NotRequired[LastModified]


class DeleteMarkerReplication(TypedDict):
    Status: NotRequired[DeleteMarkerReplicationStatus]


class DeleteObjectOutput(TypedDict):
    DeleteMarker: NotRequired[DeleteMarker]
    VersionId: NotRequired[ObjectVersionId]
    RequestCharged: NotRequired[RequestCharged]


class DeleteObjectRequest(TypedDict):
    Bucket: BucketName
    Key: ObjectKey
    MFA: NotRequired[MFA]
    VersionId: NotRequired[ObjectVersionId]
    RequestPayer: NotRequired[RequestPayer]
    BypassGovernanceRetention: NotRequired[BypassGovernanceRetention]
    ExpectedBucketOwner: NotRequired[AccountId]
    IfMatch: NotRequired[IfMatch]
    IfMatchLastModifiedTime: NotRequired[IfMatchLastModifiedTime]
    IfMatchSize: NotRequired[IfMatchSize]


class DeleteObjectTaggingOutput(TypedDict):
    VersionId: NotRequired[ObjectVersionId]


class DeleteObjectTaggingRequest(TypedDict):
    Bucket: BucketName
    Key: ObjectKey
    VersionId: NotRequired[ObjectVersionId]
    ExpectedBucketOwner: NotRequired[AccountId]


class DeleteObjectsOutput(TypedDict):
    Deleted: NotRequired[DeletedObjects]
    RequestCharged: NotRequired[RequestCharged]
    Errors: NotRequired[Errors]


class DeleteObjectsRequest(TypedDict):
    Bucket: BucketName
    Delete: Delete
    MFA: NotRequired[MFA]
    RequestPayer: NotRequired[RequestPayer]
    BypassGovernanceRetention: NotRequired[BypassGovernanceRetention]
    ExpectedBucketOwner: NotRequired[AccountId]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]


class DeletePublicAccessBlockRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class DeletedObject(TypedDict):
    Key: NotRequired[ObjectKey]
    VersionId: NotRequired[ObjectVersionId]
    DeleteMarker: NotRequired[DeleteMarker]
    DeleteMarkerVersionId: NotRequired[DeleteMarkerVersionId]


class Destination(TypedDict):
    Bucket: BucketName
    Account: NotRequired[AccountId]
    StorageClass: NotRequired[StorageClass]
    AccessControlTranslation: NotRequired[AccessControlTranslation]
    EncryptionConfiguration: NotRequired[EncryptionConfiguration]
    ReplicationTime: NotRequired[ReplicationTime]
    Metrics: NotRequired[Metrics]


class DestinationResult(TypedDict):
    TableBucketType: NotRequired[S3TablesBucketType]
    TableBucketArn: NotRequired[S3TablesBucketArn]
    TableNamespace: NotRequired[S3TablesNamespace]


class Encryption(TypedDict):
    EncryptionType: ServerSideEncryption
    KMSKeyId: NotRequired[SSEKMSKeyId]
    KMSContext: NotRequired[KMSContext]


class EncryptionConfiguration(TypedDict):
    ReplicaKmsKeyID: NotRequired[ReplicaKmsKeyID]


class EndEvent(TypedDict):
    pass


class Error(TypedDict):
    Key: NotRequired[ObjectKey]
    VersionId: NotRequired[ObjectVersionId]
    Code: NotRequired[Code]
    Message: NotRequired[Message]


class ErrorDetails(TypedDict):
    ErrorCode: NotRequired[ErrorCode]
    ErrorMessage: NotRequired[ErrorMessage]


class ErrorDocument(TypedDict):
    Key: ObjectKey


class EventBridgeConfiguration(TypedDict):
    pass


class ExistingObjectReplication(TypedDict):
    Status: ExistingObjectReplicationStatus


class FilterRule(TypedDict):
    Name: NotRequired[FilterRuleName]
    Value: NotRequired[FilterRuleValue]


class GetBucketAbacOutput(TypedDict):
    AbacStatus: NotRequired[AbacStatus]


class GetBucketAbacRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class GetBucketAccelerateConfigurationOutput(TypedDict):
    Status: NotRequired[BucketAccelerateStatus]
    RequestCharged: NotRequired[RequestCharged]


class GetBucketAccelerateConfigurationRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]
    RequestPayer: NotRequired[RequestPayer]


class GetBucketAclOutput(TypedDict):
    Owner: NotRequired[Owner]
    Grants: NotRequired[Grants]


class GetBucketAclRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class GetBucketAnalyticsConfigurationOutput(TypedDict):
    AnalyticsConfiguration: NotRequired[AnalyticsConfiguration]


class GetBucketAnalyticsConfigurationRequest(TypedDict):
    Bucket: BucketName
    Id: AnalyticsId
    ExpectedBucketOwner: NotRequired[AccountId]


class GetBucketCorsOutput(TypedDict):
    CORSRules: NotRequired[CORSRules]


class GetBucketCorsRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class GetBucketEncryptionOutput(TypedDict):
    ServerSideEncryptionConfiguration: NotRequired[ServerSideEncryptionConfiguration]


class GetBucketEncryptionRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class GetBucketIntelligentTieringConfigurationOutput(TypedDict):
    IntelligentTieringConfiguration: NotRequired[IntelligentTieringConfiguration]


class GetBucketIntelligentTieringConfigurationRequest(TypedDict):
    Bucket: BucketName
    Id: IntelligentTieringId
    ExpectedBucketOwner: NotRequired[AccountId]


class GetBucketInventoryConfigurationOutput(TypedDict):
    InventoryConfiguration: NotRequired[InventoryConfiguration]


class GetBucketInventoryConfigurationRequest(TypedDict):
    Bucket: BucketName
    Id: InventoryId
    ExpectedBucketOwner: NotRequired[AccountId]


class GetBucketLifecycleConfigurationOutput(TypedDict):
    Rules: NotRequired[LifecycleRules]
    TransitionDefaultMinimumObjectSize: NotRequired[TransitionDefaultMinimumObjectSize]


class GetBucketLifecycleConfigurationRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class GetBucketLifecycleOutput(TypedDict):
    Rules: NotRequired[Rules]


class GetBucketLifecycleRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class GetBucketLocationOutput(TypedDict):
    LocationConstraint: NotRequired[BucketLocationConstraint]


class GetBucketLocationRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class GetBucketLoggingOutput(TypedDict):
    LoggingEnabled: NotRequired[LoggingEnabled]


class GetBucketLoggingRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class GetBucketMetadataConfigurationOutput(TypedDict):
    GetBucketMetadataConfigurationResult: NotRequired[GetBucketMetadataConfigurationResult]


class GetBucketMetadataConfigurationRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class GetBucketMetadataConfigurationResult(TypedDict):
    MetadataConfigurationResult: MetadataConfigurationResult


class GetBucketMetadataTableConfigurationOutput(TypedDict):
    GetBucketMetadataTableConfigurationResult: NotRequired[GetBucketMetadataTableConfigurationResult]


class GetBucketMetadataTableConfigurationRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class GetBucketMetadataTableConfigurationResult(TypedDict):
    MetadataTableConfigurationResult: MetadataTableConfigurationResult
    Status: MetadataTableStatus
    Error: NotRequired[ErrorDetails]


class GetBucketMetricsConfigurationOutput(TypedDict):
    MetricsConfiguration: NotRequired[MetricsConfiguration]


class GetBucketMetricsConfigurationRequest(TypedDict):
    Bucket: BucketName
    Id: MetricsId
    ExpectedBucketOwner: NotRequired[AccountId]


class GetBucketNotificationConfigurationRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class GetBucketOwnershipControlsOutput(TypedDict):
    OwnershipControls: NotRequired[OwnershipControls]


class GetBucketOwnershipControlsRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class GetBucketPolicyOutput(TypedDict):
    Policy: NotRequired[Policy]


class GetBucketPolicyRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class GetBucketPolicyStatusOutput(TypedDict):
    PolicyStatus: NotRequired[PolicyStatus]


class GetBucketPolicyStatusRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class GetBucketReplicationOutput(TypedDict):
    ReplicationConfiguration: NotRequired[ReplicationConfiguration]


class GetBucketReplicationRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class GetBucketRequestPaymentOutput(TypedDict):
    Payer: NotRequired[Payer]


class GetBucketRequestPaymentRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class GetBucketTaggingOutput(TypedDict):
    TagSet: TagSet


class GetBucketTaggingRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class GetBucketVersioningOutput(TypedDict):
    Status: NotRequired[BucketVersioningStatus]
    MFADelete: NotRequired[MFADeleteStatus]


class GetBucketVersioningRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class GetBucketWebsiteOutput(TypedDict):
    RedirectAllRequestsTo: NotRequired[RedirectAllRequestsTo]
    IndexDocument: NotRequired[IndexDocument]
    ErrorDocument: NotRequired[ErrorDocument]
    RoutingRules: NotRequired[RoutingRules]


class GetBucketWebsiteRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class GetObjectAclOutput(TypedDict):
    Owner: NotRequired[Owner]
    Grants: NotRequired[Grants]
    RequestCharged: NotRequired[RequestCharged]


class GetObjectAclRequest(TypedDict):
    Bucket: BucketName
    Key: ObjectKey
    VersionId: NotRequired[ObjectVersionId]
    RequestPayer: NotRequired[RequestPayer]
    ExpectedBucketOwner: NotRequired[AccountId]


class GetObjectAttributesOutput(TypedDict):
    DeleteMarker: NotRequired[DeleteMarker]
    LastModified: NotRequired[LastModified]
    VersionId: NotRequired[ObjectVersionId]
    RequestCharged: NotRequired[RequestCharged]
    ETag: NotRequired[ETag]
    Checksum: NotRequired[Checksum]
    ObjectParts: NotRequired[GetObjectAttributesParts]
    StorageClass: NotRequired[StorageClass]
    ObjectSize: NotRequired[ObjectSize]


class GetObjectAttributesParts(TypedDict):
    TotalPartsCount: NotRequired[PartsCount]
    PartNumberMarker: NotRequired[PartNumberMarker]
    NextPartNumberMarker: NotRequired[NextPartNumberMarker]
    MaxParts: NotRequired[MaxParts]
    IsTruncated: NotRequired[IsTruncated]
    Parts: NotRequired[PartsList]


class GetObjectAttributesRequest(TypedDict):
    Bucket: BucketName
    Key: ObjectKey
    VersionId: NotRequired[ObjectVersionId]
    MaxParts: NotRequired[MaxParts]
    PartNumberMarker: NotRequired[PartNumberMarker]
    SSECustomerAlgorithm: NotRequired[SSECustomerAlgorithm]
    SSECustomerKey: NotRequired[SSECustomerKey]
    SSECustomerKeyMD5: NotRequired[SSECustomerKeyMD5]
    RequestPayer: NotRequired[RequestPayer]
    ExpectedBucketOwner: NotRequired[AccountId]
    ObjectAttributes: ObjectAttributesList


class GetObjectLegalHoldOutput(TypedDict):
    LegalHold: NotRequired[ObjectLockLegalHold]


class GetObjectLegalHoldRequest(TypedDict):
    Bucket: BucketName
    Key: ObjectKey
    VersionId: NotRequired[ObjectVersionId]
    RequestPayer: NotRequired[RequestPayer]
    ExpectedBucketOwner: NotRequired[AccountId]


class GetObjectLockConfigurationOutput(TypedDict):
    ObjectLockConfiguration: NotRequired[ObjectLockConfiguration]


class GetObjectLockConfigurationRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class GetObjectOutput(TypedDict):
    Body: NotRequired[bytes | BodyStream]
    DeleteMarker: NotRequired[DeleteMarker]
    AcceptRanges: NotRequired[AcceptRanges]
    Expiration: NotRequired[Expiration]
    Restore: NotRequired[Restore]
    LastModified: NotRequired[LastModified]
    ContentLength: NotRequired[ContentLength]
    ETag: NotRequired[ETag]
    ChecksumCRC32: NotRequired[ChecksumCRC32]
    ChecksumCRC32C: NotRequired[ChecksumCRC32C]
    ChecksumCRC64NVME: NotRequired[ChecksumCRC64NVME]
    ChecksumSHA1: NotRequired[ChecksumSHA1]
    ChecksumSHA256: NotRequired[ChecksumSHA256]
    ChecksumSHA512: NotRequired[ChecksumSHA512]
    ChecksumMD5: NotRequired[ChecksumMD5]
    ChecksumXXHASH64: NotRequired[ChecksumXXHASH64]
    ChecksumXXHASH3: NotRequired[ChecksumXXHASH3]
    ChecksumXXHASH128: NotRequired[ChecksumXXHASH128]
    ChecksumType: NotRequired[ChecksumType]
    MissingMeta: NotRequired[MissingMeta]
    VersionId: NotRequired[ObjectVersionId]
    CacheControl: NotRequired[CacheControl]
    ContentDisposition: NotRequired[ContentDisposition]
    ContentEncoding: NotRequired[ContentEncoding]
    ContentLanguage: NotRequired[ContentLanguage]
    ContentRange: NotRequired[ContentRange]
    ContentType: NotRequired[ContentType]
    Expires: NotRequired[Expires]
    WebsiteRedirectLocation: NotRequired[WebsiteRedirectLocation]
    ServerSideEncryption: NotRequired[ServerSideEncryption]
    Metadata: NotRequired[Metadata]
    SSECustomerAlgorithm: NotRequired[SSECustomerAlgorithm]
    SSECustomerKeyMD5: NotRequired[SSECustomerKeyMD5]
    SSEKMSKeyId: NotRequired[SSEKMSKeyId]
    BucketKeyEnabled: NotRequired[BucketKeyEnabled]
    StorageClass: NotRequired[StorageClass]
    RequestCharged: NotRequired[RequestCharged]
    ReplicationStatus: NotRequired[ReplicationStatus]
    PartsCount: NotRequired[PartsCount]
    TagCount: NotRequired[TagCount]
    ObjectLockMode: NotRequired[ObjectLockMode]
    ObjectLockRetainUntilDate: NotRequired[ObjectLockRetainUntilDate]
    ObjectLockLegalHoldStatus: NotRequired[ObjectLockLegalHoldStatus]


class GetObjectRequest(TypedDict):
    Bucket: BucketName
    IfMatch: NotRequired[IfMatch]
    IfModifiedSince: NotRequired[IfModifiedSince]
    IfNoneMatch: NotRequired[IfNoneMatch]
    IfUnmodifiedSince: NotRequired[IfUnmodifiedSince]
    Key: ObjectKey
    Range: NotRequired[Range]
    ResponseCacheControl: NotRequired[ResponseCacheControl]
    ResponseContentDisposition: NotRequired[ResponseContentDisposition]
    ResponseContentEncoding: NotRequired[ResponseContentEncoding]
    ResponseContentLanguage: NotRequired[ResponseContentLanguage]
    ResponseContentType: NotRequired[ResponseContentType]
    ResponseExpires: NotRequired[ResponseExpires]
    VersionId: NotRequired[ObjectVersionId]
    SSECustomerAlgorithm: NotRequired[SSECustomerAlgorithm]
    SSECustomerKey: NotRequired[SSECustomerKey]
    SSECustomerKeyMD5: NotRequired[SSECustomerKeyMD5]
    RequestPayer: NotRequired[RequestPayer]
    PartNumber: NotRequired[PartNumber]
    ExpectedBucketOwner: NotRequired[AccountId]
    ChecksumMode: NotRequired[ChecksumMode]


class GetObjectRetentionOutput(TypedDict):
    Retention: NotRequired[ObjectLockRetention]


class GetObjectRetentionRequest(TypedDict):
    Bucket: BucketName
    Key: ObjectKey
    VersionId: NotRequired[ObjectVersionId]
    RequestPayer: NotRequired[RequestPayer]
    ExpectedBucketOwner: NotRequired[AccountId]


class GetObjectTaggingOutput(TypedDict):
    VersionId: NotRequired[ObjectVersionId]
    TagSet: TagSet


class GetObjectTaggingRequest(TypedDict):
    Bucket: BucketName
    Key: ObjectKey
    VersionId: NotRequired[ObjectVersionId]
    ExpectedBucketOwner: NotRequired[AccountId]
    RequestPayer: NotRequired[RequestPayer]


class GetObjectTorrentOutput(TypedDict):
    Body: NotRequired[bytes | BodyStream]
    RequestCharged: NotRequired[RequestCharged]


class GetObjectTorrentRequest(TypedDict):
    Bucket: BucketName
    Key: ObjectKey
    RequestPayer: NotRequired[RequestPayer]
    ExpectedBucketOwner: NotRequired[AccountId]


class GetPublicAccessBlockOutput(TypedDict):
    PublicAccessBlockConfiguration: NotRequired[PublicAccessBlockConfiguration]


class GetPublicAccessBlockRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class GlacierJobParameters(TypedDict):
    Tier: Tier


class Grant(TypedDict):
    Grantee: NotRequired[Grantee]
    Permission: NotRequired[Permission]


class Grantee(TypedDict):
    DisplayName: NotRequired[DisplayName]
    EmailAddress: NotRequired[EmailAddress]
    ID: NotRequired[ID]
    Type: Type
    URI: NotRequired[URI]


class HeadBucketOutput(TypedDict):
    BucketArn: NotRequired[S3RegionalOrS3ExpressBucketArnString]
    BucketLocationType: NotRequired[LocationType]
    BucketLocationName: NotRequired[BucketLocationName]
    BucketRegion: NotRequired[Region]
    AccessPointAlias: NotRequired[AccessPointAlias]


class HeadBucketRequest(TypedDict):
    Bucket: BucketName
    ExpectedBucketOwner: NotRequired[AccountId]


class HeadObjectOutput(TypedDict):
    DeleteMarker: NotRequired[DeleteMarker]
    AcceptRanges: NotRequired[AcceptRanges]
    Expiration: NotRequired[Expiration]
    Restore: NotRequired[Restore]
    ArchiveStatus: NotRequired[ArchiveStatus]
    LastModified: NotRequired[LastModified]
    ContentLength: NotRequired[ContentLength]
    ChecksumCRC32: NotRequired[ChecksumCRC32]
    ChecksumCRC32C: NotRequired[ChecksumCRC32C]
    ChecksumCRC64NVME: NotRequired[ChecksumCRC64NVME]
    ChecksumSHA1: NotRequired[ChecksumSHA1]
    ChecksumSHA256: NotRequired[ChecksumSHA256]
    ChecksumSHA512: NotRequired[ChecksumSHA512]
    ChecksumMD5: NotRequired[ChecksumMD5]
    ChecksumXXHASH64: NotRequired[ChecksumXXHASH64]
    ChecksumXXHASH3: NotRequired[ChecksumXXHASH3]
    ChecksumXXHASH128: NotRequired[ChecksumXXHASH128]
    ChecksumType: NotRequired[ChecksumType]
    ETag: NotRequired[ETag]
    MissingMeta: NotRequired[MissingMeta]
    VersionId: NotRequired[ObjectVersionId]
    CacheControl: NotRequired[CacheControl]
    ContentDisposition: NotRequired[ContentDisposition]
    ContentEncoding: NotRequired[ContentEncoding]
    ContentLanguage: NotRequired[ContentLanguage]
    ContentType: NotRequired[ContentType]
    ContentRange: NotRequired[ContentRange]
    Expires: NotRequired[Expires]
    WebsiteRedirectLocation: NotRequired[WebsiteRedirectLocation]
    ServerSideEncryption: NotRequired[ServerSideEncryption]
    Metadata: NotRequired[Metadata]
    SSECustomerAlgorithm: NotRequired[SSECustomerAlgorithm]
    SSECustomerKeyMD5: NotRequired[SSECustomerKeyMD5]
    SSEKMSKeyId: NotRequired[SSEKMSKeyId]
    BucketKeyEnabled: NotRequired[BucketKeyEnabled]
    StorageClass: NotRequired[StorageClass]
    RequestCharged: NotRequired[RequestCharged]
    ReplicationStatus: NotRequired[ReplicationStatus]
    PartsCount: NotRequired[PartsCount]
    TagCount: NotRequired[TagCount]
    ObjectLockMode: NotRequired[ObjectLockMode]
    ObjectLockRetainUntilDate: NotRequired[ObjectLockRetainUntilDate]
    ObjectLockLegalHoldStatus: NotRequired[ObjectLockLegalHoldStatus]


class HeadObjectRequest(TypedDict):
    Bucket: BucketName
    IfMatch: NotRequired[IfMatch]
    IfModifiedSince: NotRequired[IfModifiedSince]
    IfNoneMatch: NotRequired[IfNoneMatch]
    IfUnmodifiedSince: NotRequired[IfUnmodifiedSince]
    Key: ObjectKey
    Range: NotRequired[Range]
    ResponseCacheControl: NotRequired[ResponseCacheControl]
    ResponseContentDisposition: NotRequired[ResponseContentDisposition]
    ResponseContentEncoding: NotRequired[ResponseContentEncoding]
    ResponseContentLanguage: NotRequired[ResponseContentLanguage]
    ResponseContentType: NotRequired[ResponseContentType]
    ResponseExpires: NotRequired[ResponseExpires]
    VersionId: NotRequired[ObjectVersionId]
    SSECustomerAlgorithm: NotRequired[SSECustomerAlgorithm]
    SSECustomerKey: NotRequired[SSECustomerKey]
    SSECustomerKeyMD5: NotRequired[SSECustomerKeyMD5]
    RequestPayer: NotRequired[RequestPayer]
    PartNumber: NotRequired[PartNumber]
    ExpectedBucketOwner: NotRequired[AccountId]
    ChecksumMode: NotRequired[ChecksumMode]


class IndexDocument(TypedDict):
    Suffix: Suffix


class Initiator(TypedDict):
    ID: NotRequired[ID]
    DisplayName: NotRequired[DisplayName]


class InputSerialization(TypedDict):
    CSV: NotRequired[CSVInput]
    CompressionType: NotRequired[CompressionType]
    JSON: NotRequired[JSONInput]
    Parquet: NotRequired[ParquetInput]


class IntelligentTieringAndOperator(TypedDict):
    Prefix: NotRequired[Prefix]
    Tags: NotRequired[TagSet]


class IntelligentTieringConfiguration(TypedDict):
    Id: IntelligentTieringId
    Filter: NotRequired[IntelligentTieringFilter]
    Status: IntelligentTieringStatus
    Tierings: TieringList


class IntelligentTieringFilter(TypedDict):
    Prefix: NotRequired[Prefix]
    Tag: NotRequired[Tag]
    And: NotRequired[IntelligentTieringAndOperator]


class InventoryConfiguration(TypedDict):
    Destination: InventoryDestination
    IsEnabled: IsEnabled
    Filter: NotRequired[InventoryFilter]
    Id: InventoryId
    IncludedObjectVersions: InventoryIncludedObjectVersions
    OptionalFields: NotRequired[InventoryOptionalFields]
    Schedule: InventorySchedule


class InventoryDestination(TypedDict):
    S3BucketDestination: InventoryS3BucketDestination


class InventoryEncryption(TypedDict):
    SSES3: NotRequired[SSES3]
    SSEKMS: NotRequired[SSEKMS]


class InventoryFilter(TypedDict):
    Prefix: Prefix


class InventoryS3BucketDestination(TypedDict):
    AccountId: NotRequired[AccountId]
    Bucket: BucketName
    Format: InventoryFormat
    Prefix: NotRequired[Prefix]
    Encryption: NotRequired[InventoryEncryption]


class InventorySchedule(TypedDict):
    Frequency: InventoryFrequency


class InventoryTableConfiguration(TypedDict):
    ConfigurationState: InventoryConfigurationState
    EncryptionConfiguration: NotRequired[MetadataTableEncryptionConfiguration]


class InventoryTableConfigurationResult(TypedDict):
    ConfigurationState: InventoryConfigurationState
    TableStatus: NotRequired[MetadataTableStatus]
    Error: NotRequired[ErrorDetails]
    TableName: NotRequired[S3TablesName]
    TableArn: NotRequired[S3TablesArn]


class InventoryTableConfigurationUpdates(TypedDict):
    ConfigurationState: InventoryConfigurationState
    EncryptionConfiguration: NotRequired[MetadataTableEncryptionConfiguration]


class JSONInput(TypedDict):
    Type: NotRequired[JSONType]


class JSONOutput(TypedDict):
    RecordDelimiter: NotRequired[RecordDelimiter]


class JournalTableConfiguration(TypedDict):
    RecordExpiration: RecordExpiration
    EncryptionConfiguration: NotRequired[MetadataTableEncryptionConfiguration]


class JournalTableConfigurationResult(TypedDict):
    TableStatus: MetadataTableStatus
    Error: NotRequired[ErrorDetails]
    TableName: S3TablesName
    TableArn: NotRequired[S3TablesArn]
    RecordExpiration: RecordExpiration


class JournalTableConfigurationUpdates(TypedDict):
    RecordExpiration: RecordExpiration


class LambdaFunctionConfiguration(TypedDict):
    Id: NotRequired[NotificationId]
    LambdaFunctionArn: LambdaFunctionArn
    Events: EventList
    Filter: NotRequired[NotificationConfigurationFilter]


class LifecycleConfiguration(TypedDict):
    Rules: Rules


class LifecycleExpiration(TypedDict):
    Date: NotRequired[Date]
    Days: NotRequired[Days]
    ExpiredObjectDeleteMarker: NotRequired[ExpiredObjectDeleteMarker]


class LifecycleRule(TypedDict):
    Expiration: NotRequired[LifecycleExpiration]
    ID: NotRequired[ID]
    Prefix: NotRequired[Prefix]
    Filter: NotRequired[LifecycleRuleFilter]
    Status: ExpirationStatus
    Transitions: NotRequired[TransitionList]
    NoncurrentVersionTransitions: NotRequired[NoncurrentVersionTransitionList]
    NoncurrentVersionExpiration: NotRequired[NoncurrentVersionExpiration]
    AbortIncompleteMultipartUpload: NotRequired[AbortIncompleteMultipartUpload]


class LifecycleRuleAndOperator(TypedDict):
    Prefix: NotRequired[Prefix]
    Tags: NotRequired[TagSet]
    ObjectSizeGreaterThan: NotRequired[ObjectSizeGreaterThanBytes]
    ObjectSizeLessThan: NotRequired[ObjectSizeLessThanBytes]


class LifecycleRuleFilter(TypedDict):
    Prefix: NotRequired[Prefix]
    Tag: NotRequired[Tag]
    ObjectSizeGreaterThan: NotRequired[ObjectSizeGreaterThanBytes]
    ObjectSizeLessThan: NotRequired[ObjectSizeLessThanBytes]
    And: NotRequired[LifecycleRuleAndOperator]


class ListBucketAnalyticsConfigurationsOutput(TypedDict):
    IsTruncated: NotRequired[IsTruncated]
    ContinuationToken: NotRequired[Token]
    NextContinuationToken: NotRequired[NextToken]
    AnalyticsConfigurationList: NotRequired[AnalyticsConfigurationList]


class ListBucketAnalyticsConfigurationsRequest(TypedDict):
    Bucket: BucketName
    ContinuationToken: NotRequired[Token]
    ExpectedBucketOwner: NotRequired[AccountId]


class ListBucketIntelligentTieringConfigurationsOutput(TypedDict):
    IsTruncated: NotRequired[IsTruncated]
    ContinuationToken: NotRequired[Token]
    NextContinuationToken: NotRequired[NextToken]
    IntelligentTieringConfigurationList: NotRequired[IntelligentTieringConfigurationList]


class ListBucketIntelligentTieringConfigurationsRequest(TypedDict):
    Bucket: BucketName
    ContinuationToken: NotRequired[Token]
    ExpectedBucketOwner: NotRequired[AccountId]


class ListBucketInventoryConfigurationsOutput(TypedDict):
    ContinuationToken: NotRequired[Token]
    InventoryConfigurationList: NotRequired[InventoryConfigurationList]
    IsTruncated: NotRequired[IsTruncated]
    NextContinuationToken: NotRequired[NextToken]


class ListBucketInventoryConfigurationsRequest(TypedDict):
    Bucket: BucketName
    ContinuationToken: NotRequired[Token]
    ExpectedBucketOwner: NotRequired[AccountId]


class ListBucketMetricsConfigurationsOutput(TypedDict):
    IsTruncated: NotRequired[IsTruncated]
    ContinuationToken: NotRequired[Token]
    NextContinuationToken: NotRequired[NextToken]
    MetricsConfigurationList: NotRequired[MetricsConfigurationList]


class ListBucketMetricsConfigurationsRequest(TypedDict):
    Bucket: BucketName
    ContinuationToken: NotRequired[Token]
    ExpectedBucketOwner: NotRequired[AccountId]


class ListBucketsOutput(TypedDict):
    Buckets: NotRequired[Buckets]
    Owner: NotRequired[Owner]
    ContinuationToken: NotRequired[NextToken]
    Prefix: NotRequired[Prefix]


class ListBucketsRequest(TypedDict):
    MaxBuckets: NotRequired[MaxBuckets]
    ContinuationToken: NotRequired[Token]
    Prefix: NotRequired[Prefix]
    BucketRegion: NotRequired[BucketRegion]


class ListDirectoryBucketsOutput(TypedDict):
    Buckets: NotRequired[Buckets]
    ContinuationToken: NotRequired[DirectoryBucketToken]


class ListDirectoryBucketsRequest(TypedDict):
    ContinuationToken: NotRequired[DirectoryBucketToken]
    MaxDirectoryBuckets: NotRequired[MaxDirectoryBuckets]


class ListMultipartUploadsOutput(TypedDict):
    Bucket: NotRequired[BucketName]
    KeyMarker: NotRequired[KeyMarker]
    UploadIdMarker: NotRequired[UploadIdMarker]
    NextKeyMarker: NotRequired[NextKeyMarker]
    Prefix: NotRequired[Prefix]
    Delimiter: NotRequired[Delimiter]
    NextUploadIdMarker: NotRequired[NextUploadIdMarker]
    MaxUploads: NotRequired[MaxUploads]
    IsTruncated: NotRequired[IsTruncated]
    Uploads: NotRequired[MultipartUploadList]
    CommonPrefixes: NotRequired[CommonPrefixList]
    EncodingType: NotRequired[EncodingType]
    RequestCharged: NotRequired[RequestCharged]


class ListMultipartUploadsRequest(TypedDict):
    Bucket: BucketName
    Delimiter: NotRequired[Delimiter]
    EncodingType: NotRequired[EncodingType]
    KeyMarker: NotRequired[KeyMarker]
    MaxUploads: NotRequired[MaxUploads]
    Prefix: NotRequired[Prefix]
    UploadIdMarker: NotRequired[UploadIdMarker]
    ExpectedBucketOwner: NotRequired[AccountId]
    RequestPayer: NotRequired[RequestPayer]


class ListObjectVersionsOutput(TypedDict):
    IsTruncated: NotRequired[IsTruncated]
    KeyMarker: NotRequired[KeyMarker]
    VersionIdMarker: NotRequired[VersionIdMarker]
    NextKeyMarker: NotRequired[NextKeyMarker]
    NextVersionIdMarker: NotRequired[NextVersionIdMarker]
    Versions: NotRequired[ObjectVersionList]
    DeleteMarkers: NotRequired[DeleteMarkers]
    Name: NotRequired[BucketName]
    Prefix: NotRequired[Prefix]
    Delimiter: NotRequired[Delimiter]
    MaxKeys: NotRequired[MaxKeys]
    CommonPrefixes: NotRequired[CommonPrefixList]
    EncodingType: NotRequired[EncodingType]
    RequestCharged: NotRequired[RequestCharged]


class ListObjectVersionsRequest(TypedDict):
    Bucket: BucketName
    Delimiter: NotRequired[Delimiter]
    EncodingType: NotRequired[EncodingType]
    KeyMarker: NotRequired[KeyMarker]
    MaxKeys: NotRequired[MaxKeys]
    Prefix: NotRequired[Prefix]
    VersionIdMarker: NotRequired[VersionIdMarker]
    ExpectedBucketOwner: NotRequired[AccountId]
    RequestPayer: NotRequired[RequestPayer]
    OptionalObjectAttributes: NotRequired[OptionalObjectAttributesList]


class ListObjectsOutput(TypedDict):
    IsTruncated: NotRequired[IsTruncated]
    Marker: NotRequired[Marker]
    NextMarker: NotRequired[NextMarker]
    Contents: NotRequired[ObjectList]
    Name: NotRequired[BucketName]
    Prefix: NotRequired[Prefix]
    Delimiter: NotRequired[Delimiter]
    MaxKeys: NotRequired[MaxKeys]
    CommonPrefixes: NotRequired[CommonPrefixList]
    EncodingType: NotRequired[EncodingType]
    RequestCharged: NotRequired[RequestCharged]


class ListObjectsRequest(TypedDict):
    Bucket: BucketName
    Delimiter: NotRequired[Delimiter]
    EncodingType: NotRequired[EncodingType]
    Marker: NotRequired[Marker]
    MaxKeys: NotRequired[MaxKeys]
    Prefix: NotRequired[Prefix]
    RequestPayer: NotRequired[RequestPayer]
    ExpectedBucketOwner: NotRequired[AccountId]
    OptionalObjectAttributes: NotRequired[OptionalObjectAttributesList]


class ListObjectsV2Output(TypedDict):
    IsTruncated: NotRequired[IsTruncated]
    Contents: NotRequired[ObjectList]
    Name: NotRequired[BucketName]
    Prefix: NotRequired[Prefix]
    Delimiter: NotRequired[Delimiter]
    MaxKeys: NotRequired[MaxKeys]
    CommonPrefixes: NotRequired[CommonPrefixList]
    EncodingType: NotRequired[EncodingType]
    KeyCount: NotRequired[KeyCount]
    ContinuationToken: NotRequired[Token]
    NextContinuationToken: NotRequired[NextToken]
    StartAfter: NotRequired[StartAfter]
    RequestCharged: NotRequired[RequestCharged]


class ListObjectsV2Request(TypedDict):
    Bucket: BucketName
    Delimiter: NotRequired[Delimiter]
    EncodingType: NotRequired[EncodingType]
    MaxKeys: NotRequired[MaxKeys]
    Prefix: NotRequired[Prefix]
    ContinuationToken: NotRequired[Token]
    FetchOwner: NotRequired[FetchOwner]
    StartAfter: NotRequired[StartAfter]
    RequestPayer: NotRequired[RequestPayer]
    ExpectedBucketOwner: NotRequired[AccountId]
    OptionalObjectAttributes: NotRequired[OptionalObjectAttributesList]


class ListPartsOutput(TypedDict):
    AbortDate: NotRequired[AbortDate]
    AbortRuleId: NotRequired[AbortRuleId]
    Bucket: NotRequired[BucketName]
    Key: NotRequired[ObjectKey]
    UploadId: NotRequired[MultipartUploadId]
    PartNumberMarker: NotRequired[PartNumberMarker]
    NextPartNumberMarker: NotRequired[NextPartNumberMarker]
    MaxParts: NotRequired[MaxParts]
    IsTruncated: NotRequired[IsTruncated]
    Parts: NotRequired[Parts]
    Initiator: NotRequired[Initiator]
    Owner: NotRequired[Owner]
    StorageClass: NotRequired[StorageClass]
    RequestCharged: NotRequired[RequestCharged]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    ChecksumType: NotRequired[ChecksumType]


class ListPartsRequest(TypedDict):
    Bucket: BucketName
    Key: ObjectKey
    MaxParts: NotRequired[MaxParts]
    PartNumberMarker: NotRequired[PartNumberMarker]
    UploadId: MultipartUploadId
    RequestPayer: NotRequired[RequestPayer]
    ExpectedBucketOwner: NotRequired[AccountId]
    SSECustomerAlgorithm: NotRequired[SSECustomerAlgorithm]
    SSECustomerKey: NotRequired[SSECustomerKey]
    SSECustomerKeyMD5: NotRequired[SSECustomerKeyMD5]


class LocationInfo(TypedDict):
    Type: NotRequired[LocationType]
    Name: NotRequired[LocationNameAsString]


class LoggingEnabled(TypedDict):
    TargetBucket: TargetBucket
    TargetGrants: NotRequired[TargetGrants]
    TargetPrefix: TargetPrefix
    TargetObjectKeyFormat: NotRequired[TargetObjectKeyFormat]


class MetadataConfiguration(TypedDict):
    JournalTableConfiguration: JournalTableConfiguration
    InventoryTableConfiguration: NotRequired[InventoryTableConfiguration]


class MetadataConfigurationResult(TypedDict):
    DestinationResult: DestinationResult
    JournalTableConfigurationResult: NotRequired[JournalTableConfigurationResult]
    InventoryTableConfigurationResult: NotRequired[InventoryTableConfigurationResult]


class MetadataEntry(TypedDict):
    Name: NotRequired[MetadataKey]
    Value: NotRequired[MetadataValue]


class MetadataTableConfiguration(TypedDict):
    S3TablesDestination: S3TablesDestination


class MetadataTableConfigurationResult(TypedDict):
    S3TablesDestinationResult: S3TablesDestinationResult


class MetadataTableEncryptionConfiguration(TypedDict):
    SseAlgorithm: TableSseAlgorithm
    KmsKeyArn: NotRequired[KmsKeyArn]


class Metrics(TypedDict):
    Status: MetricsStatus
    EventThreshold: NotRequired[ReplicationTimeValue]


class MetricsAndOperator(TypedDict):
    Prefix: NotRequired[Prefix]
    Tags: NotRequired[TagSet]
    AccessPointArn: NotRequired[AccessPointArn]


class MetricsConfiguration(TypedDict):
    Id: MetricsId
    Filter: NotRequired[MetricsFilter]


class MetricsFilter(TypedDict):
    Prefix: NotRequired[Prefix]
    Tag: NotRequired[Tag]
    AccessPointArn: NotRequired[AccessPointArn]
    And: NotRequired[MetricsAndOperator]


class MultipartUpload(TypedDict):
    UploadId: NotRequired[MultipartUploadId]
    Key: NotRequired[ObjectKey]
    Initiated: NotRequired[Initiated]
    StorageClass: NotRequired[StorageClass]
    Owner: NotRequired[Owner]
    Initiator: NotRequired[Initiator]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    ChecksumType: NotRequired[ChecksumType]


class NoncurrentVersionExpiration(TypedDict):
    NoncurrentDays: NotRequired[Days]
    NewerNoncurrentVersions: NotRequired[VersionCount]


class NoncurrentVersionTransition(TypedDict):
    NoncurrentDays: NotRequired[Days]
    StorageClass: NotRequired[TransitionStorageClass]
    NewerNoncurrentVersions: NotRequired[VersionCount]


class NotificationConfiguration(TypedDict):
    TopicConfigurations: NotRequired[TopicConfigurationList]
    QueueConfigurations: NotRequired[QueueConfigurationList]
    LambdaFunctionConfigurations: NotRequired[LambdaFunctionConfigurationList]
    EventBridgeConfiguration: NotRequired[EventBridgeConfiguration]


class NotificationConfigurationDeprecated(TypedDict):
    TopicConfiguration: NotRequired[TopicConfigurationDeprecated]
    QueueConfiguration: NotRequired[QueueConfigurationDeprecated]
    CloudFunctionConfiguration: NotRequired[CloudFunctionConfiguration]


class NotificationConfigurationFilter(TypedDict):
    Key: NotRequired[S3KeyFilter]


class Object(TypedDict):
    Key: NotRequired[ObjectKey]
    LastModified: NotRequired[LastModified]
    ETag: NotRequired[ETag]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithmList]
    ChecksumType: NotRequired[ChecksumType]
    Size: NotRequired[Size]
    StorageClass: NotRequired[ObjectStorageClass]
    Owner: NotRequired[Owner]
    RestoreStatus: NotRequired[RestoreStatus]


class ObjectEncryption(TypedDict):
    SSEKMS: NotRequired[SSEKMSEncryption]


class ObjectIdentifier(TypedDict):
    Key: ObjectKey
    VersionId: NotRequired[ObjectVersionId]
    ETag: NotRequired[ETag]
    LastModifiedTime: NotRequired[LastModifiedTime]
    Size: NotRequired[Size]


class ObjectLockConfiguration(TypedDict):
    ObjectLockEnabled: NotRequired[ObjectLockEnabled]
    Rule: NotRequired[ObjectLockRule]


class ObjectLockLegalHold(TypedDict):
    Status: NotRequired[ObjectLockLegalHoldStatus]


class ObjectLockRetention(TypedDict):
    Mode: NotRequired[ObjectLockRetentionMode]
    RetainUntilDate: NotRequired[Date]


class ObjectLockRule(TypedDict):
    DefaultRetention: NotRequired[DefaultRetention]


class ObjectPart(TypedDict):
    PartNumber: NotRequired[PartNumber]
    Size: NotRequired[Size]
    ChecksumCRC32: NotRequired[ChecksumCRC32]
    ChecksumCRC32C: NotRequired[ChecksumCRC32C]
    ChecksumCRC64NVME: NotRequired[ChecksumCRC64NVME]
    ChecksumSHA1: NotRequired[ChecksumSHA1]
    ChecksumSHA256: NotRequired[ChecksumSHA256]
    ChecksumSHA512: NotRequired[ChecksumSHA512]
    ChecksumMD5: NotRequired[ChecksumMD5]
    ChecksumXXHASH64: NotRequired[ChecksumXXHASH64]
    ChecksumXXHASH3: NotRequired[ChecksumXXHASH3]
    ChecksumXXHASH128: NotRequired[ChecksumXXHASH128]


class ObjectVersion(TypedDict):
    ETag: NotRequired[ETag]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithmList]
    ChecksumType: NotRequired[ChecksumType]
    Size: NotRequired[Size]
    StorageClass: NotRequired[ObjectVersionStorageClass]
    Key: NotRequired[ObjectKey]
    VersionId: NotRequired[ObjectVersionId]
    IsLatest: NotRequired[IsLatest]
    LastModified: NotRequired[LastModified]
    Owner: NotRequired[Owner]
    RestoreStatus: NotRequired[RestoreStatus]


class OutputLocation(TypedDict):
    S3: NotRequired[S3Location]


class OutputSerialization(TypedDict):
    CSV: NotRequired[CSVOutput]
    JSON: NotRequired[JSONOutput]


class Owner(TypedDict):
    DisplayName: NotRequired[DisplayName]
    ID: NotRequired[ID]


class OwnershipControls(TypedDict):
    Rules: OwnershipControlsRules


class OwnershipControlsRule(TypedDict):
    ObjectOwnership: ObjectOwnership


class ParquetInput(TypedDict):
    pass


class Part(TypedDict):
    PartNumber: NotRequired[PartNumber]
    LastModified: NotRequired[LastModified]
    ETag: NotRequired[ETag]
    Size: NotRequired[Size]
    ChecksumCRC32: NotRequired[ChecksumCRC32]
    ChecksumCRC32C: NotRequired[ChecksumCRC32C]
    ChecksumCRC64NVME: NotRequired[ChecksumCRC64NVME]
    ChecksumSHA1: NotRequired[ChecksumSHA1]
    ChecksumSHA256: NotRequired[ChecksumSHA256]
    ChecksumSHA512: NotRequired[ChecksumSHA512]
    ChecksumMD5: NotRequired[ChecksumMD5]
    ChecksumXXHASH64: NotRequired[ChecksumXXHASH64]
    ChecksumXXHASH3: NotRequired[ChecksumXXHASH3]
    ChecksumXXHASH128: NotRequired[ChecksumXXHASH128]


class PartitionedPrefix(TypedDict):
    PartitionDateSource: NotRequired[PartitionDateSource]


class PolicyStatus(TypedDict):
    IsPublic: NotRequired[IsPublic]


class Progress(TypedDict):
    BytesScanned: NotRequired[BytesScanned]
    BytesProcessed: NotRequired[BytesProcessed]
    BytesReturned: NotRequired[BytesReturned]


class ProgressEvent(TypedDict):
    Details: NotRequired[Progress]


class PublicAccessBlockConfiguration(TypedDict):
    BlockPublicAcls: NotRequired[Setting]
    IgnorePublicAcls: NotRequired[Setting]
    BlockPublicPolicy: NotRequired[Setting]
    RestrictPublicBuckets: NotRequired[Setting]


class PutBucketAbacRequest(TypedDict):
    Bucket: BucketName
    ContentMD5: NotRequired[ContentMD5]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    ExpectedBucketOwner: NotRequired[AccountId]
    AbacStatus: AbacStatus


class PutBucketAccelerateConfigurationRequest(TypedDict):
    Bucket: BucketName
    AccelerateConfiguration: AccelerateConfiguration
    ExpectedBucketOwner: NotRequired[AccountId]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]


class PutBucketAclRequest(TypedDict):
    ACL: NotRequired[BucketCannedACL]
    AccessControlPolicy: NotRequired[AccessControlPolicy]
    Bucket: BucketName
    ContentMD5: NotRequired[ContentMD5]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    GrantFullControl: NotRequired[GrantFullControl]
    GrantRead: NotRequired[GrantRead]
    GrantReadACP: NotRequired[GrantReadACP]
    GrantWrite: NotRequired[GrantWrite]
    GrantWriteACP: NotRequired[GrantWriteACP]
    ExpectedBucketOwner: NotRequired[AccountId]


class PutBucketAnalyticsConfigurationRequest(TypedDict):
    Bucket: BucketName
    Id: AnalyticsId
    AnalyticsConfiguration: AnalyticsConfiguration
    ExpectedBucketOwner: NotRequired[AccountId]


class PutBucketCorsRequest(TypedDict):
    Bucket: BucketName
    CORSConfiguration: CORSConfiguration
    ContentMD5: NotRequired[ContentMD5]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    ExpectedBucketOwner: NotRequired[AccountId]


class PutBucketEncryptionRequest(TypedDict):
    Bucket: BucketName
    ContentMD5: NotRequired[ContentMD5]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    ServerSideEncryptionConfiguration: ServerSideEncryptionConfiguration
    ExpectedBucketOwner: NotRequired[AccountId]


class PutBucketIntelligentTieringConfigurationRequest(TypedDict):
    Bucket: BucketName
    Id: IntelligentTieringId
    ExpectedBucketOwner: NotRequired[AccountId]
    IntelligentTieringConfiguration: IntelligentTieringConfiguration


class PutBucketInventoryConfigurationRequest(TypedDict):
    Bucket: BucketName
    Id: InventoryId
    InventoryConfiguration: InventoryConfiguration
    ExpectedBucketOwner: NotRequired[AccountId]


class PutBucketLifecycleConfigurationOutput(TypedDict):
    TransitionDefaultMinimumObjectSize: NotRequired[TransitionDefaultMinimumObjectSize]


class PutBucketLifecycleConfigurationRequest(TypedDict):
    Bucket: BucketName
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    LifecycleConfiguration: NotRequired[BucketLifecycleConfiguration]
    ExpectedBucketOwner: NotRequired[AccountId]
    TransitionDefaultMinimumObjectSize: NotRequired[TransitionDefaultMinimumObjectSize]


class PutBucketLifecycleRequest(TypedDict):
    Bucket: BucketName
    ContentMD5: NotRequired[ContentMD5]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    LifecycleConfiguration: NotRequired[LifecycleConfiguration]
    ExpectedBucketOwner: NotRequired[AccountId]


class PutBucketLoggingRequest(TypedDict):
    Bucket: BucketName
    BucketLoggingStatus: BucketLoggingStatus
    ContentMD5: NotRequired[ContentMD5]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    ExpectedBucketOwner: NotRequired[AccountId]


class PutBucketMetricsConfigurationRequest(TypedDict):
    Bucket: BucketName
    Id: MetricsId
    MetricsConfiguration: MetricsConfiguration
    ExpectedBucketOwner: NotRequired[AccountId]


class PutBucketNotificationConfigurationRequest(TypedDict):
    Bucket: BucketName
    NotificationConfiguration: NotificationConfiguration
    ExpectedBucketOwner: NotRequired[AccountId]
    SkipDestinationValidation: NotRequired[SkipValidation]


class PutBucketNotificationRequest(TypedDict):
    Bucket: BucketName
    ContentMD5: NotRequired[ContentMD5]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    NotificationConfiguration: NotificationConfigurationDeprecated
    ExpectedBucketOwner: NotRequired[AccountId]


class PutBucketOwnershipControlsRequest(TypedDict):
    Bucket: BucketName
    ContentMD5: NotRequired[ContentMD5]
    ExpectedBucketOwner: NotRequired[AccountId]
    OwnershipControls: OwnershipControls
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]


class PutBucketPolicyRequest(TypedDict):
    Bucket: BucketName
    ContentMD5: NotRequired[ContentMD5]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    ConfirmRemoveSelfBucketAccess: NotRequired[ConfirmRemoveSelfBucketAccess]
    Policy: Policy
    ExpectedBucketOwner: NotRequired[AccountId]


class PutBucketReplicationRequest(TypedDict):
    Bucket: BucketName
    ContentMD5: NotRequired[ContentMD5]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    ReplicationConfiguration: ReplicationConfiguration
    Token: NotRequired[ObjectLockToken]
    ExpectedBucketOwner: NotRequired[AccountId]


class PutBucketRequestPaymentRequest(TypedDict):
    Bucket: BucketName
    ContentMD5: NotRequired[ContentMD5]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    RequestPaymentConfiguration: RequestPaymentConfiguration
    ExpectedBucketOwner: NotRequired[AccountId]


class PutBucketTaggingRequest(TypedDict):
    Bucket: BucketName
    ContentMD5: NotRequired[ContentMD5]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    Tagging: Tagging
    ExpectedBucketOwner: NotRequired[AccountId]


class PutBucketVersioningRequest(TypedDict):
    Bucket: BucketName
    ContentMD5: NotRequired[ContentMD5]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    MFA: NotRequired[MFA]
    VersioningConfiguration: VersioningConfiguration
    ExpectedBucketOwner: NotRequired[AccountId]


class PutBucketWebsiteRequest(TypedDict):
    Bucket: BucketName
    ContentMD5: NotRequired[ContentMD5]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    WebsiteConfiguration: WebsiteConfiguration
    ExpectedBucketOwner: NotRequired[AccountId]


class PutObjectAclOutput(TypedDict):
    RequestCharged: NotRequired[RequestCharged]


class PutObjectAclRequest(TypedDict):
    ACL: NotRequired[ObjectCannedACL]
    AccessControlPolicy: NotRequired[AccessControlPolicy]
    Bucket: BucketName
    ContentMD5: NotRequired[ContentMD5]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    GrantFullControl: NotRequired[GrantFullControl]
    GrantRead: NotRequired[GrantRead]
    GrantReadACP: NotRequired[GrantReadACP]
    GrantWrite: NotRequired[GrantWrite]
    GrantWriteACP: NotRequired[GrantWriteACP]
    Key: ObjectKey
    RequestPayer: NotRequired[RequestPayer]
    VersionId: NotRequired[ObjectVersionId]
    ExpectedBucketOwner: NotRequired[AccountId]


class PutObjectLegalHoldOutput(TypedDict):
    RequestCharged: NotRequired[RequestCharged]


class PutObjectLegalHoldRequest(TypedDict):
    Bucket: BucketName
    Key: ObjectKey
    LegalHold: NotRequired[ObjectLockLegalHold]
    RequestPayer: NotRequired[RequestPayer]
    VersionId: NotRequired[ObjectVersionId]
    ContentMD5: NotRequired[ContentMD5]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    ExpectedBucketOwner: NotRequired[AccountId]


class PutObjectLockConfigurationOutput(TypedDict):
    RequestCharged: NotRequired[RequestCharged]


class PutObjectLockConfigurationRequest(TypedDict):
    Bucket: BucketName
    ObjectLockConfiguration: NotRequired[ObjectLockConfiguration]
    RequestPayer: NotRequired[RequestPayer]
    Token: NotRequired[ObjectLockToken]
    ContentMD5: NotRequired[ContentMD5]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    ExpectedBucketOwner: NotRequired[AccountId]


class PutObjectOutput(TypedDict):
    Expiration: NotRequired[Expiration]
    ETag: NotRequired[ETag]
    ChecksumCRC32: NotRequired[ChecksumCRC32]
    ChecksumCRC32C: NotRequired[ChecksumCRC32C]
    ChecksumCRC64NVME: NotRequired[ChecksumCRC64NVME]
    ChecksumSHA1: NotRequired[ChecksumSHA1]
    ChecksumSHA256: NotRequired[ChecksumSHA256]
    ChecksumSHA512: NotRequired[ChecksumSHA512]
    ChecksumMD5: NotRequired[ChecksumMD5]
    ChecksumXXHASH64: NotRequired[ChecksumXXHASH64]
    ChecksumXXHASH3: NotRequired[ChecksumXXHASH3]
    ChecksumXXHASH128: NotRequired[ChecksumXXHASH128]
    ChecksumType: NotRequired[ChecksumType]
    ServerSideEncryption: NotRequired[ServerSideEncryption]
    VersionId: NotRequired[ObjectVersionId]
    SSECustomerAlgorithm: NotRequired[SSECustomerAlgorithm]
    SSECustomerKeyMD5: NotRequired[SSECustomerKeyMD5]
    SSEKMSKeyId: NotRequired[SSEKMSKeyId]
    SSEKMSEncryptionContext: NotRequired[SSEKMSEncryptionContext]
    BucketKeyEnabled: NotRequired[BucketKeyEnabled]
    Size: NotRequired[Size]
    RequestCharged: NotRequired[RequestCharged]


class PutObjectRequest(TypedDict):
    ACL: NotRequired[ObjectCannedACL]
    Body: NotRequired[bytes | BodyStream]
    Bucket: BucketName
    CacheControl: NotRequired[CacheControl]
    ContentDisposition: NotRequired[ContentDisposition]
    ContentEncoding: NotRequired[ContentEncoding]
    ContentLanguage: NotRequired[ContentLanguage]
    ContentLength: NotRequired[ContentLength]
    ContentMD5: NotRequired[ContentMD5]
    ContentType: NotRequired[ContentType]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    ChecksumCRC32: NotRequired[ChecksumCRC32]
    ChecksumCRC32C: NotRequired[ChecksumCRC32C]
    ChecksumCRC64NVME: NotRequired[ChecksumCRC64NVME]
    ChecksumSHA1: NotRequired[ChecksumSHA1]
    ChecksumSHA256: NotRequired[ChecksumSHA256]
    ChecksumSHA512: NotRequired[ChecksumSHA512]
    ChecksumMD5: NotRequired[ChecksumMD5]
    ChecksumXXHASH64: NotRequired[ChecksumXXHASH64]
    ChecksumXXHASH3: NotRequired[ChecksumXXHASH3]
    ChecksumXXHASH128: NotRequired[ChecksumXXHASH128]
    Expires: NotRequired[Expires]
    IfMatch: NotRequired[IfMatch]
    IfNoneMatch: NotRequired[IfNoneMatch]
    GrantFullControl: NotRequired[GrantFullControl]
    GrantRead: NotRequired[GrantRead]
    GrantReadACP: NotRequired[GrantReadACP]
    GrantWriteACP: NotRequired[GrantWriteACP]
    Key: ObjectKey
    WriteOffsetBytes: NotRequired[WriteOffsetBytes]
    Metadata: NotRequired[Metadata]
    ServerSideEncryption: NotRequired[ServerSideEncryption]
    StorageClass: NotRequired[StorageClass]
    WebsiteRedirectLocation: NotRequired[WebsiteRedirectLocation]
    SSECustomerAlgorithm: NotRequired[SSECustomerAlgorithm]
    SSECustomerKey: NotRequired[SSECustomerKey]
    SSECustomerKeyMD5: NotRequired[SSECustomerKeyMD5]
    SSEKMSKeyId: NotRequired[SSEKMSKeyId]
    SSEKMSEncryptionContext: NotRequired[SSEKMSEncryptionContext]
    BucketKeyEnabled: NotRequired[BucketKeyEnabled]
    RequestPayer: NotRequired[RequestPayer]
    Tagging: NotRequired[TaggingHeader]
    ObjectLockMode: NotRequired[ObjectLockMode]
    ObjectLockRetainUntilDate: NotRequired[ObjectLockRetainUntilDate]
    ObjectLockLegalHoldStatus: NotRequired[ObjectLockLegalHoldStatus]
    ExpectedBucketOwner: NotRequired[AccountId]


class PutObjectRetentionOutput(TypedDict):
    RequestCharged: NotRequired[RequestCharged]


class PutObjectRetentionRequest(TypedDict):
    Bucket: BucketName
    Key: ObjectKey
    Retention: NotRequired[ObjectLockRetention]
    RequestPayer: NotRequired[RequestPayer]
    VersionId: NotRequired[ObjectVersionId]
    BypassGovernanceRetention: NotRequired[BypassGovernanceRetention]
    ContentMD5: NotRequired[ContentMD5]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    ExpectedBucketOwner: NotRequired[AccountId]


class PutObjectTaggingOutput(TypedDict):
    VersionId: NotRequired[ObjectVersionId]


class PutObjectTaggingRequest(TypedDict):
    Bucket: BucketName
    Key: ObjectKey
    VersionId: NotRequired[ObjectVersionId]
    ContentMD5: NotRequired[ContentMD5]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    Tagging: Tagging
    ExpectedBucketOwner: NotRequired[AccountId]
    RequestPayer: NotRequired[RequestPayer]


class PutPublicAccessBlockRequest(TypedDict):
    Bucket: BucketName
    ContentMD5: NotRequired[ContentMD5]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    PublicAccessBlockConfiguration: PublicAccessBlockConfiguration
    ExpectedBucketOwner: NotRequired[AccountId]


class QueueConfiguration(TypedDict):
    Id: NotRequired[NotificationId]
    QueueArn: QueueArn
    Events: EventList
    Filter: NotRequired[NotificationConfigurationFilter]


class QueueConfigurationDeprecated(TypedDict):
    Id: NotRequired[NotificationId]
    Event: NotRequired[Event]
    Events: NotRequired[EventList]
    Queue: NotRequired[QueueArn]


class RecordExpiration(TypedDict):
    Expiration: ExpirationState
    Days: NotRequired[RecordExpirationDays]


class RecordsEvent(TypedDict):
    Payload: NotRequired[Body]


class Redirect(TypedDict):
    HostName: NotRequired[HostName]
    HttpRedirectCode: NotRequired[HttpRedirectCode]
    Protocol: NotRequired[Protocol]
    ReplaceKeyPrefixWith: NotRequired[ReplaceKeyPrefixWith]
    ReplaceKeyWith: NotRequired[ReplaceKeyWith]


class RedirectAllRequestsTo(TypedDict):
    HostName: HostName
    Protocol: NotRequired[Protocol]


class RenameObjectOutput(TypedDict):
    pass


class RenameObjectRequest(TypedDict):
    Bucket: BucketName
    Key: ObjectKey
    RenameSource: RenameSource
    DestinationIfMatch: NotRequired[IfMatch]
    DestinationIfNoneMatch: NotRequired[IfNoneMatch]
    DestinationIfModifiedSince: NotRequired[IfModifiedSince]
    DestinationIfUnmodifiedSince: NotRequired[IfUnmodifiedSince]
    SourceIfMatch: NotRequired[RenameSourceIfMatch]
    SourceIfNoneMatch: NotRequired[RenameSourceIfNoneMatch]
    SourceIfModifiedSince: NotRequired[RenameSourceIfModifiedSince]
    SourceIfUnmodifiedSince: NotRequired[RenameSourceIfUnmodifiedSince]
    ClientToken: NotRequired[ClientToken]


class ReplicaModifications(TypedDict):
    Status: ReplicaModificationsStatus


class ReplicationConfiguration(TypedDict):
    Role: Role
    Rules: ReplicationRules


class ReplicationRule(TypedDict):
    ID: NotRequired[ID]
    Priority: NotRequired[Priority]
    Prefix: NotRequired[Prefix]
    Filter: NotRequired[ReplicationRuleFilter]
    Status: ReplicationRuleStatus
    SourceSelectionCriteria: NotRequired[SourceSelectionCriteria]
    ExistingObjectReplication: NotRequired[ExistingObjectReplication]
    Destination: Destination
    DeleteMarkerReplication: NotRequired[DeleteMarkerReplication]


class ReplicationRuleAndOperator(TypedDict):
    Prefix: NotRequired[Prefix]
    Tags: NotRequired[TagSet]


class ReplicationRuleFilter(TypedDict):
    Prefix: NotRequired[Prefix]
    Tag: NotRequired[Tag]
    And: NotRequired[ReplicationRuleAndOperator]


class ReplicationTime(TypedDict):
    Status: ReplicationTimeStatus
    Time: ReplicationTimeValue


class ReplicationTimeValue(TypedDict):
    Minutes: NotRequired[Minutes]


class RequestPaymentConfiguration(TypedDict):
    Payer: Payer


class RequestProgress(TypedDict):
    Enabled: NotRequired[EnableRequestProgress]


class RestoreObjectOutput(TypedDict):
    RequestCharged: NotRequired[RequestCharged]
    RestoreOutputPath: NotRequired[RestoreOutputPath]


class RestoreObjectRequest(TypedDict):
    Bucket: BucketName
    Key: ObjectKey
    VersionId: NotRequired[ObjectVersionId]
    RestoreRequest: NotRequired[RestoreRequest]
    RequestPayer: NotRequired[RequestPayer]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    ExpectedBucketOwner: NotRequired[AccountId]


class RestoreRequest(TypedDict):
    Days: NotRequired[Days]
    GlacierJobParameters: NotRequired[GlacierJobParameters]
    Type: NotRequired[RestoreRequestType]
    Tier: NotRequired[Tier]
    Description: NotRequired[Description]
    SelectParameters: NotRequired[SelectParameters]
    OutputLocation: NotRequired[OutputLocation]


class RestoreStatus(TypedDict):
    IsRestoreInProgress: NotRequired[IsRestoreInProgress]
    RestoreExpiryDate: NotRequired[RestoreExpiryDate]


class RoutingRule(TypedDict):
    Condition: NotRequired[Condition]
    Redirect: Redirect


class Rule(TypedDict):
    Expiration: NotRequired[LifecycleExpiration]
    ID: NotRequired[ID]
    Prefix: Prefix
    Status: ExpirationStatus
    Transition: NotRequired[Transition]
    NoncurrentVersionTransition: NotRequired[NoncurrentVersionTransition]
    NoncurrentVersionExpiration: NotRequired[NoncurrentVersionExpiration]
    AbortIncompleteMultipartUpload: NotRequired[AbortIncompleteMultipartUpload]


class S3KeyFilter(TypedDict):
    FilterRules: NotRequired[FilterRuleList]


class S3Location(TypedDict):
    BucketName: BucketName
    Prefix: LocationPrefix
    Encryption: NotRequired[Encryption]
    CannedACL: NotRequired[ObjectCannedACL]
    AccessControlList: NotRequired[Grants]
    Tagging: NotRequired[Tagging]
    UserMetadata: NotRequired[UserMetadata]
    StorageClass: NotRequired[StorageClass]


class S3TablesDestination(TypedDict):
    TableBucketArn: S3TablesBucketArn
    TableName: S3TablesName


class S3TablesDestinationResult(TypedDict):
    TableBucketArn: S3TablesBucketArn
    TableName: S3TablesName
    TableArn: S3TablesArn
    TableNamespace: S3TablesNamespace


class SSEKMS(TypedDict):
    KeyId: SSEKMSKeyId


class SSEKMSEncryption(TypedDict):
    KMSKeyArn: NonEmptyKmsKeyArnString
    BucketKeyEnabled: NotRequired[BucketKeyEnabled]


class SSES3(TypedDict):
    pass


class ScanRange(TypedDict):
    Start: NotRequired[Start]
    End: NotRequired[End]


class SelectObjectContentEventStream(TypedDict):
    Records: NotRequired[RecordsEvent]
    Stats: NotRequired[StatsEvent]
    Progress: NotRequired[ProgressEvent]
    Cont: NotRequired[ContinuationEvent]
    End: NotRequired[EndEvent]


class SelectObjectContentOutput(TypedDict):
    Payload: NotRequired[SelectObjectContentEventStream]


class SelectObjectContentRequest(TypedDict):
    Bucket: BucketName
    Key: ObjectKey
    SSECustomerAlgorithm: NotRequired[SSECustomerAlgorithm]
    SSECustomerKey: NotRequired[SSECustomerKey]
    SSECustomerKeyMD5: NotRequired[SSECustomerKeyMD5]
    Expression: Expression
    ExpressionType: ExpressionType
    RequestProgress: NotRequired[RequestProgress]
    InputSerialization: InputSerialization
    OutputSerialization: OutputSerialization
    ScanRange: NotRequired[ScanRange]
    ExpectedBucketOwner: NotRequired[AccountId]


class SelectParameters(TypedDict):
    InputSerialization: InputSerialization
    ExpressionType: ExpressionType
    Expression: Expression
    OutputSerialization: OutputSerialization


class ServerSideEncryptionByDefault(TypedDict):
    SSEAlgorithm: ServerSideEncryption
    KMSMasterKeyID: NotRequired[SSEKMSKeyId]


class ServerSideEncryptionConfiguration(TypedDict):
    Rules: ServerSideEncryptionRules


class ServerSideEncryptionRule(TypedDict):
    ApplyServerSideEncryptionByDefault: NotRequired[ServerSideEncryptionByDefault]
    BucketKeyEnabled: NotRequired[BucketKeyEnabled]
    BlockedEncryptionTypes: NotRequired[BlockedEncryptionTypes]


class SessionCredentials(TypedDict):
    AccessKeyId: AccessKeyIdValue
    SecretAccessKey: SessionCredentialValue
    SessionToken: SessionCredentialValue
    Expiration: SessionExpiration


class SimplePrefix(TypedDict):
    pass


class SourceSelectionCriteria(TypedDict):
    SseKmsEncryptedObjects: NotRequired[SseKmsEncryptedObjects]
    ReplicaModifications: NotRequired[ReplicaModifications]


class SseKmsEncryptedObjects(TypedDict):
    Status: SseKmsEncryptedObjectsStatus


class Stats(TypedDict):
    BytesScanned: NotRequired[BytesScanned]
    BytesProcessed: NotRequired[BytesProcessed]
    BytesReturned: NotRequired[BytesReturned]


class StatsEvent(TypedDict):
    Details: NotRequired[Stats]


class StorageClassAnalysis(TypedDict):
    DataExport: NotRequired[StorageClassAnalysisDataExport]


class StorageClassAnalysisDataExport(TypedDict):
    OutputSchemaVersion: StorageClassAnalysisSchemaVersion
    Destination: AnalyticsExportDestination


class Tag(TypedDict):
    Key: ObjectKey
    Value: Value


class Tagging(TypedDict):
    TagSet: TagSet


class TargetGrant(TypedDict):
    Grantee: NotRequired[Grantee]
    Permission: NotRequired[BucketLogsPermission]


class TargetObjectKeyFormat(TypedDict):
    SimplePrefix: NotRequired[SimplePrefix]
    PartitionedPrefix: NotRequired[PartitionedPrefix]


class Tiering(TypedDict):
    Days: IntelligentTieringDays
    AccessTier: IntelligentTieringAccessTier


class TopicConfiguration(TypedDict):
    Id: NotRequired[NotificationId]
    TopicArn: TopicArn
    Events: EventList
    Filter: NotRequired[NotificationConfigurationFilter]


class TopicConfigurationDeprecated(TypedDict):
    Id: NotRequired[NotificationId]
    Events: NotRequired[EventList]
    Event: NotRequired[Event]
    Topic: NotRequired[TopicArn]


class Transition(TypedDict):
    Date: NotRequired[Date]
    Days: NotRequired[Days]
    StorageClass: NotRequired[TransitionStorageClass]


class UpdateBucketMetadataInventoryTableConfigurationRequest(TypedDict):
    Bucket: BucketName
    ContentMD5: NotRequired[ContentMD5]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    InventoryTableConfiguration: InventoryTableConfigurationUpdates
    ExpectedBucketOwner: NotRequired[AccountId]


class UpdateBucketMetadataJournalTableConfigurationRequest(TypedDict):
    Bucket: BucketName
    ContentMD5: NotRequired[ContentMD5]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    JournalTableConfiguration: JournalTableConfigurationUpdates
    ExpectedBucketOwner: NotRequired[AccountId]


class UpdateObjectEncryptionRequest(TypedDict):
    Bucket: BucketName
    Key: ObjectKey
    VersionId: NotRequired[ObjectVersionId]
    ObjectEncryption: ObjectEncryption
    RequestPayer: NotRequired[RequestPayer]
    ExpectedBucketOwner: NotRequired[AccountId]
    ContentMD5: NotRequired[ContentMD5]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]


class UpdateObjectEncryptionResponse(TypedDict):
    RequestCharged: NotRequired[RequestCharged]


class UploadPartCopyOutput(TypedDict):
    CopySourceVersionId: NotRequired[CopySourceVersionId]
    CopyPartResult: NotRequired[CopyPartResult]
    ServerSideEncryption: NotRequired[ServerSideEncryption]
    SSECustomerAlgorithm: NotRequired[SSECustomerAlgorithm]
    SSECustomerKeyMD5: NotRequired[SSECustomerKeyMD5]
    SSEKMSKeyId: NotRequired[SSEKMSKeyId]
    BucketKeyEnabled: NotRequired[BucketKeyEnabled]
    RequestCharged: NotRequired[RequestCharged]


class UploadPartCopyRequest(TypedDict):
    Bucket: BucketName
    CopySource: CopySource
    CopySourceIfMatch: NotRequired[CopySourceIfMatch]
    CopySourceIfModifiedSince: NotRequired[CopySourceIfModifiedSince]
    CopySourceIfNoneMatch: NotRequired[CopySourceIfNoneMatch]
    CopySourceIfUnmodifiedSince: NotRequired[CopySourceIfUnmodifiedSince]
    CopySourceRange: NotRequired[CopySourceRange]
    Key: ObjectKey
    PartNumber: PartNumber
    UploadId: MultipartUploadId
    SSECustomerAlgorithm: NotRequired[SSECustomerAlgorithm]
    SSECustomerKey: NotRequired[SSECustomerKey]
    SSECustomerKeyMD5: NotRequired[SSECustomerKeyMD5]
    CopySourceSSECustomerAlgorithm: NotRequired[CopySourceSSECustomerAlgorithm]
    CopySourceSSECustomerKey: NotRequired[CopySourceSSECustomerKey]
    CopySourceSSECustomerKeyMD5: NotRequired[CopySourceSSECustomerKeyMD5]
    RequestPayer: NotRequired[RequestPayer]
    ExpectedBucketOwner: NotRequired[AccountId]
    ExpectedSourceBucketOwner: NotRequired[AccountId]


class UploadPartOutput(TypedDict):
    ServerSideEncryption: NotRequired[ServerSideEncryption]
    ETag: NotRequired[ETag]
    ChecksumCRC32: NotRequired[ChecksumCRC32]
    ChecksumCRC32C: NotRequired[ChecksumCRC32C]
    ChecksumCRC64NVME: NotRequired[ChecksumCRC64NVME]
    ChecksumSHA1: NotRequired[ChecksumSHA1]
    ChecksumSHA256: NotRequired[ChecksumSHA256]
    ChecksumSHA512: NotRequired[ChecksumSHA512]
    ChecksumMD5: NotRequired[ChecksumMD5]
    ChecksumXXHASH64: NotRequired[ChecksumXXHASH64]
    ChecksumXXHASH3: NotRequired[ChecksumXXHASH3]
    ChecksumXXHASH128: NotRequired[ChecksumXXHASH128]
    SSECustomerAlgorithm: NotRequired[SSECustomerAlgorithm]
    SSECustomerKeyMD5: NotRequired[SSECustomerKeyMD5]
    SSEKMSKeyId: NotRequired[SSEKMSKeyId]
    BucketKeyEnabled: NotRequired[BucketKeyEnabled]
    RequestCharged: NotRequired[RequestCharged]


class UploadPartRequest(TypedDict):
    Body: NotRequired[bytes | BodyStream]
    Bucket: BucketName
    ContentLength: NotRequired[ContentLength]
    ContentMD5: NotRequired[ContentMD5]
    ChecksumAlgorithm: NotRequired[ChecksumAlgorithm]
    ChecksumCRC32: NotRequired[ChecksumCRC32]
    ChecksumCRC32C: NotRequired[ChecksumCRC32C]
    ChecksumCRC64NVME: NotRequired[ChecksumCRC64NVME]
    ChecksumSHA1: NotRequired[ChecksumSHA1]
    ChecksumSHA256: NotRequired[ChecksumSHA256]
    ChecksumSHA512: NotRequired[ChecksumSHA512]
    ChecksumMD5: NotRequired[ChecksumMD5]
    ChecksumXXHASH64: NotRequired[ChecksumXXHASH64]
    ChecksumXXHASH3: NotRequired[ChecksumXXHASH3]
    ChecksumXXHASH128: NotRequired[ChecksumXXHASH128]
    Key: ObjectKey
    PartNumber: PartNumber
    UploadId: MultipartUploadId
    SSECustomerAlgorithm: NotRequired[SSECustomerAlgorithm]
    SSECustomerKey: NotRequired[SSECustomerKey]
    SSECustomerKeyMD5: NotRequired[SSECustomerKeyMD5]
    RequestPayer: NotRequired[RequestPayer]
    ExpectedBucketOwner: NotRequired[AccountId]


class VersioningConfiguration(TypedDict):
    MFADelete: NotRequired[MFADelete]
    Status: NotRequired[BucketVersioningStatus]


class WebsiteConfiguration(TypedDict):
    ErrorDocument: NotRequired[ErrorDocument]
    IndexDocument: NotRequired[IndexDocument]
    RedirectAllRequestsTo: NotRequired[RedirectAllRequestsTo]
    RoutingRules: NotRequired[RoutingRules]


class WriteGetObjectResponseRequest(TypedDict):
    RequestRoute: RequestRoute
    RequestToken: RequestToken
    Body: NotRequired[bytes | BodyStream]
    StatusCode: NotRequired[GetObjectResponseStatusCode]
    ErrorCode: NotRequired[ErrorCode]
    ErrorMessage: NotRequired[ErrorMessage]
    AcceptRanges: NotRequired[AcceptRanges]
    CacheControl: NotRequired[CacheControl]
    ContentDisposition: NotRequired[ContentDisposition]
    ContentEncoding: NotRequired[ContentEncoding]
    ContentLanguage: NotRequired[ContentLanguage]
    ContentLength: NotRequired[ContentLength]
    ContentRange: NotRequired[ContentRange]
    ContentType: NotRequired[ContentType]
    ChecksumCRC32: NotRequired[ChecksumCRC32]
    ChecksumCRC32C: NotRequired[ChecksumCRC32C]
    ChecksumCRC64NVME: NotRequired[ChecksumCRC64NVME]
    ChecksumSHA1: NotRequired[ChecksumSHA1]
    ChecksumSHA256: NotRequired[ChecksumSHA256]
    ChecksumSHA512: NotRequired[ChecksumSHA512]
    ChecksumMD5: NotRequired[ChecksumMD5]
    ChecksumXXHASH64: NotRequired[ChecksumXXHASH64]
    ChecksumXXHASH3: NotRequired[ChecksumXXHASH3]
    ChecksumXXHASH128: NotRequired[ChecksumXXHASH128]
    DeleteMarker: NotRequired[DeleteMarker]
    ETag: NotRequired[ETag]
    Expires: NotRequired[Expires]
    Expiration: NotRequired[Expiration]
    LastModified: NotRequired[LastModified]
    MissingMeta: NotRequired[MissingMeta]
    Metadata: NotRequired[Metadata]
    ObjectLockMode: NotRequired[ObjectLockMode]
    ObjectLockLegalHoldStatus: NotRequired[ObjectLockLegalHoldStatus]
    ObjectLockRetainUntilDate: NotRequired[ObjectLockRetainUntilDate]
    PartsCount: NotRequired[PartsCount]
    ReplicationStatus: NotRequired[ReplicationStatus]
    RequestCharged: NotRequired[RequestCharged]
    Restore: NotRequired[Restore]
    ServerSideEncryption: NotRequired[ServerSideEncryption]
    SSECustomerAlgorithm: NotRequired[SSECustomerAlgorithm]
    SSEKMSKeyId: NotRequired[SSEKMSKeyId]
    SSECustomerKeyMD5: NotRequired[SSECustomerKeyMD5]
    StorageClass: NotRequired[StorageClass]
    TagCount: NotRequired[TagCount]
    VersionId: NotRequired[ObjectVersionId]
    BucketKeyEnabled: NotRequired[BucketKeyEnabled]


AllowedHeaders = list[AllowedHeader]
AllowedMethods = list[AllowedMethod]
AllowedOrigins = list[AllowedOrigin]
AnalyticsConfigurationList = list[AnalyticsConfiguration]
Buckets = list[Bucket]
CORSRules = list[CORSRule]
ChecksumAlgorithmList = list[ChecksumAlgorithm]
CommonPrefixList = list[CommonPrefix]
CompletedPartList = list[CompletedPart]
DeleteMarkers = list[DeleteMarkerEntry]
DeletedObjects = list[DeletedObject]
EncryptionTypeList = list[EncryptionType]
Errors = list[Error]
EventList = list[Event]
ExposeHeaders = list[ExposeHeader]
FilterRuleList = list[FilterRule]
Grants = list[Grant]
IntelligentTieringConfigurationList = list[IntelligentTieringConfiguration]
InventoryConfigurationList = list[InventoryConfiguration]
InventoryOptionalFields = list[InventoryOptionalField]
LambdaFunctionConfigurationList = list[LambdaFunctionConfiguration]
LifecycleRules = list[LifecycleRule]
Metadata = dict[MetadataKey, MetadataValue]
MetricsConfigurationList = list[MetricsConfiguration]
MultipartUploadList = list[MultipartUpload]
NoncurrentVersionTransitionList = list[NoncurrentVersionTransition]
ObjectAttributesList = list[ObjectAttributes]
ObjectIdentifierList = list[ObjectIdentifier]
ObjectList = list[Object]
ObjectVersionList = list[ObjectVersion]
OptionalObjectAttributesList = list[OptionalObjectAttributes]
OwnershipControlsRules = list[OwnershipControlsRule]
Parts = list[Part]
PartsList = list[ObjectPart]
QueueConfigurationList = list[QueueConfiguration]
ReplicationRules = list[ReplicationRule]
RoutingRules = list[RoutingRule]
Rules = list[Rule]
ServerSideEncryptionRules = list[ServerSideEncryptionRule]
TagSet = list[Tag]
TargetGrants = list[TargetGrant]
TieringList = list[Tiering]
TopicConfigurationList = list[TopicConfiguration]
TransitionList = list[Transition]
UserMetadata = list[MetadataEntry]


class AccessDenied(ServiceError):
    code = "AccessDenied"
    query_code: ClassVar[str] = "AccessDenied"
    shape_name: ClassVar[str] = "AccessDenied"
    status_code = 403
    sender_fault = True


class BucketAlreadyExists(ServiceError):
    code = "BucketAlreadyExists"
    query_code: ClassVar[str] = "BucketAlreadyExists"
    shape_name: ClassVar[str] = "BucketAlreadyExists"
    status_code = 409
    sender_fault = True


class BucketAlreadyOwnedByYou(ServiceError):
    code = "BucketAlreadyOwnedByYou"
    query_code: ClassVar[str] = "BucketAlreadyOwnedByYou"
    shape_name: ClassVar[str] = "BucketAlreadyOwnedByYou"
    status_code = 409
    sender_fault = True


class EncryptionTypeMismatch(ServiceError):
    code = "EncryptionTypeMismatch"
    query_code: ClassVar[str] = "EncryptionTypeMismatch"
    shape_name: ClassVar[str] = "EncryptionTypeMismatch"
    status_code = 400
    sender_fault = True


class IdempotencyParameterMismatch(ServiceError):
    code = "IdempotencyParameterMismatch"
    query_code: ClassVar[str] = "IdempotencyParameterMismatch"
    shape_name: ClassVar[str] = "IdempotencyParameterMismatch"
    status_code = 400
    sender_fault = True


class InvalidObjectState(ServiceError):
    code = "InvalidObjectState"
    query_code: ClassVar[str] = "InvalidObjectState"
    shape_name: ClassVar[str] = "InvalidObjectState"
    status_code = 403
    sender_fault = True

    def __init__(
        self,
        message: str = "",
        *,
        storage_class: StorageClass | None = None,
        access_tier: IntelligentTieringAccessTier | None = None,
    ) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"StorageClass": storage_class, "AccessTier": access_tier}))


class InvalidRequest(ServiceError):
    code = "InvalidRequest"
    query_code: ClassVar[str] = "InvalidRequest"
    shape_name: ClassVar[str] = "InvalidRequest"
    status_code = 400
    sender_fault = True


class InvalidWriteOffset(ServiceError):
    code = "InvalidWriteOffset"
    query_code: ClassVar[str] = "InvalidWriteOffset"
    shape_name: ClassVar[str] = "InvalidWriteOffset"
    status_code = 400
    sender_fault = True


class NoSuchBucket(ServiceError):
    code = "NoSuchBucket"
    query_code: ClassVar[str] = "NoSuchBucket"
    shape_name: ClassVar[str] = "NoSuchBucket"
    status_code = 404
    sender_fault = True


class NoSuchKey(ServiceError):
    code = "NoSuchKey"
    query_code: ClassVar[str] = "NoSuchKey"
    shape_name: ClassVar[str] = "NoSuchKey"
    status_code = 404
    sender_fault = True


class NoSuchUpload(ServiceError):
    code = "NoSuchUpload"
    query_code: ClassVar[str] = "NoSuchUpload"
    shape_name: ClassVar[str] = "NoSuchUpload"
    status_code = 404
    sender_fault = True


class ObjectAlreadyInActiveTierError(ServiceError):
    code = "ObjectAlreadyInActiveTierError"
    query_code: ClassVar[str] = "ObjectAlreadyInActiveTierError"
    shape_name: ClassVar[str] = "ObjectAlreadyInActiveTierError"
    status_code = 403
    sender_fault = True


class ObjectNotInActiveTierError(ServiceError):
    code = "ObjectNotInActiveTierError"
    query_code: ClassVar[str] = "ObjectNotInActiveTierError"
    shape_name: ClassVar[str] = "ObjectNotInActiveTierError"
    status_code = 403
    sender_fault = True


class TooManyParts(ServiceError):
    code = "TooManyParts"
    query_code: ClassVar[str] = "TooManyParts"
    shape_name: ClassVar[str] = "TooManyParts"
    status_code = 400
    sender_fault = True


ERRORS: dict[str, type[ServiceError]] = {
    "AccessDenied": AccessDenied,
    "BucketAlreadyExists": BucketAlreadyExists,
    "BucketAlreadyOwnedByYou": BucketAlreadyOwnedByYou,
    "EncryptionTypeMismatch": EncryptionTypeMismatch,
    "IdempotencyParameterMismatch": IdempotencyParameterMismatch,
    "InvalidObjectState": InvalidObjectState,
    "InvalidRequest": InvalidRequest,
    "InvalidWriteOffset": InvalidWriteOffset,
    "NoSuchBucket": NoSuchBucket,
    "NoSuchKey": NoSuchKey,
    "NoSuchUpload": NoSuchUpload,
    "ObjectAlreadyInActiveTierError": ObjectAlreadyInActiveTierError,
    "ObjectNotInActiveTierError": ObjectNotInActiveTierError,
    "TooManyParts": TooManyParts,
}


class S3Api(ServiceApi):
    service = "s3"
    iam_prefix = "s3"
    operations: ClassVar[dict[str, OperationSpec]] = {
        "AbortMultipartUpload": OperationSpec(
            "abort_multipart_upload",
            {
                "Bucket": "bucket",
                "Key": "key",
                "UploadId": "upload_id",
                "RequestPayer": "request_payer",
                "ExpectedBucketOwner": "expected_bucket_owner",
                "IfMatchInitiatedTime": "if_match_initiated_time",
            },
        ),
        "CompleteMultipartUpload": OperationSpec(
            "complete_multipart_upload",
            {
                "Bucket": "bucket",
                "Key": "key",
                "MultipartUpload": "multipart_upload",
                "UploadId": "upload_id",
                "ChecksumCRC32": "checksum_crc32",
                "ChecksumCRC32C": "checksum_crc32_c",
                "ChecksumCRC64NVME": "checksum_crc64_nvme",
                "ChecksumSHA1": "checksum_sha1",
                "ChecksumSHA256": "checksum_sha256",
                "ChecksumSHA512": "checksum_sha512",
                "ChecksumMD5": "checksum_md5",
                "ChecksumXXHASH64": "checksum_xxhash64",
                "ChecksumXXHASH3": "checksum_xxhash3",
                "ChecksumXXHASH128": "checksum_xxhash128",
                "ChecksumType": "checksum_type",
                "MpuObjectSize": "mpu_object_size",
                "RequestPayer": "request_payer",
                "ExpectedBucketOwner": "expected_bucket_owner",
                "IfMatch": "if_match",
                "IfNoneMatch": "if_none_match",
                "SSECustomerAlgorithm": "sse_customer_algorithm",
                "SSECustomerKey": "sse_customer_key",
                "SSECustomerKeyMD5": "sse_customer_key_md5",
            },
        ),
        "CopyObject": OperationSpec(
            "copy_object",
            {
                "ACL": "acl",
                "Bucket": "bucket",
                "CacheControl": "cache_control",
                "ChecksumAlgorithm": "checksum_algorithm",
                "ContentDisposition": "content_disposition",
                "ContentEncoding": "content_encoding",
                "ContentLanguage": "content_language",
                "ContentType": "content_type",
                "CopySource": "copy_source",
                "CopySourceIfMatch": "copy_source_if_match",
                "CopySourceIfModifiedSince": "copy_source_if_modified_since",
                "CopySourceIfNoneMatch": "copy_source_if_none_match",
                "CopySourceIfUnmodifiedSince": "copy_source_if_unmodified_since",
                "Expires": "expires",
                "GrantFullControl": "grant_full_control",
                "GrantRead": "grant_read",
                "GrantReadACP": "grant_read_acp",
                "GrantWriteACP": "grant_write_acp",
                "IfMatch": "if_match",
                "IfNoneMatch": "if_none_match",
                "Key": "key",
                "Metadata": "metadata",
                "MetadataDirective": "metadata_directive",
                "TaggingDirective": "tagging_directive",
                "ServerSideEncryption": "server_side_encryption",
                "StorageClass": "storage_class",
                "WebsiteRedirectLocation": "website_redirect_location",
                "SSECustomerAlgorithm": "sse_customer_algorithm",
                "SSECustomerKey": "sse_customer_key",
                "SSECustomerKeyMD5": "sse_customer_key_md5",
                "SSEKMSKeyId": "ssekms_key_id",
                "SSEKMSEncryptionContext": "ssekms_encryption_context",
                "BucketKeyEnabled": "bucket_key_enabled",
                "CopySourceSSECustomerAlgorithm": "copy_source_sse_customer_algorithm",
                "CopySourceSSECustomerKey": "copy_source_sse_customer_key",
                "CopySourceSSECustomerKeyMD5": "copy_source_sse_customer_key_md5",
                "RequestPayer": "request_payer",
                "Tagging": "tagging",
                "ObjectLockMode": "object_lock_mode",
                "ObjectLockRetainUntilDate": "object_lock_retain_until_date",
                "ObjectLockLegalHoldStatus": "object_lock_legal_hold_status",
                "ExpectedBucketOwner": "expected_bucket_owner",
                "ExpectedSourceBucketOwner": "expected_source_bucket_owner",
            },
        ),
        "CreateBucket": OperationSpec(
            "create_bucket",
            {
                "ACL": "acl",
                "Bucket": "bucket",
                "CreateBucketConfiguration": "create_bucket_configuration",
                "GrantFullControl": "grant_full_control",
                "GrantRead": "grant_read",
                "GrantReadACP": "grant_read_acp",
                "GrantWrite": "grant_write",
                "GrantWriteACP": "grant_write_acp",
                "ObjectLockEnabledForBucket": "object_lock_enabled_for_bucket",
                "ObjectOwnership": "object_ownership",
                "BucketNamespace": "bucket_namespace",
            },
        ),
        "CreateBucketMetadataConfiguration": OperationSpec(
            "create_bucket_metadata_configuration",
            {
                "Bucket": "bucket",
                "ContentMD5": "content_md5",
                "ChecksumAlgorithm": "checksum_algorithm",
                "MetadataConfiguration": "metadata_configuration",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "CreateBucketMetadataTableConfiguration": OperationSpec(
            "create_bucket_metadata_table_configuration",
            {
                "Bucket": "bucket",
                "ContentMD5": "content_md5",
                "ChecksumAlgorithm": "checksum_algorithm",
                "MetadataTableConfiguration": "metadata_table_configuration",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "CreateMultipartUpload": OperationSpec(
            "create_multipart_upload",
            {
                "ACL": "acl",
                "Bucket": "bucket",
                "CacheControl": "cache_control",
                "ContentDisposition": "content_disposition",
                "ContentEncoding": "content_encoding",
                "ContentLanguage": "content_language",
                "ContentType": "content_type",
                "Expires": "expires",
                "GrantFullControl": "grant_full_control",
                "GrantRead": "grant_read",
                "GrantReadACP": "grant_read_acp",
                "GrantWriteACP": "grant_write_acp",
                "Key": "key",
                "Metadata": "metadata",
                "ServerSideEncryption": "server_side_encryption",
                "StorageClass": "storage_class",
                "WebsiteRedirectLocation": "website_redirect_location",
                "SSECustomerAlgorithm": "sse_customer_algorithm",
                "SSECustomerKey": "sse_customer_key",
                "SSECustomerKeyMD5": "sse_customer_key_md5",
                "SSEKMSKeyId": "ssekms_key_id",
                "SSEKMSEncryptionContext": "ssekms_encryption_context",
                "BucketKeyEnabled": "bucket_key_enabled",
                "RequestPayer": "request_payer",
                "Tagging": "tagging",
                "ObjectLockMode": "object_lock_mode",
                "ObjectLockRetainUntilDate": "object_lock_retain_until_date",
                "ObjectLockLegalHoldStatus": "object_lock_legal_hold_status",
                "ExpectedBucketOwner": "expected_bucket_owner",
                "ChecksumAlgorithm": "checksum_algorithm",
                "ChecksumType": "checksum_type",
            },
        ),
        "CreateSession": OperationSpec(
            "create_session",
            {
                "SessionMode": "session_mode",
                "Bucket": "bucket",
                "ServerSideEncryption": "server_side_encryption",
                "SSEKMSKeyId": "ssekms_key_id",
                "SSEKMSEncryptionContext": "ssekms_encryption_context",
                "BucketKeyEnabled": "bucket_key_enabled",
            },
        ),
        "DeleteBucket": OperationSpec(
            "delete_bucket", {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"}
        ),
        "DeleteBucketAnalyticsConfiguration": OperationSpec(
            "delete_bucket_analytics_configuration",
            {"Bucket": "bucket", "Id": "id", "ExpectedBucketOwner": "expected_bucket_owner"},
        ),
        "DeleteBucketCors": OperationSpec(
            "delete_bucket_cors", {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"}
        ),
        "DeleteBucketEncryption": OperationSpec(
            "delete_bucket_encryption", {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"}
        ),
        "DeleteBucketIntelligentTieringConfiguration": OperationSpec(
            "delete_bucket_intelligent_tiering_configuration",
            {"Bucket": "bucket", "Id": "id", "ExpectedBucketOwner": "expected_bucket_owner"},
        ),
        "DeleteBucketInventoryConfiguration": OperationSpec(
            "delete_bucket_inventory_configuration",
            {"Bucket": "bucket", "Id": "id", "ExpectedBucketOwner": "expected_bucket_owner"},
        ),
        "DeleteBucketLifecycle": OperationSpec(
            "delete_bucket_lifecycle", {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"}
        ),
        "DeleteBucketMetadataConfiguration": OperationSpec(
            "delete_bucket_metadata_configuration",
            {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"},
        ),
        "DeleteBucketMetadataTableConfiguration": OperationSpec(
            "delete_bucket_metadata_table_configuration",
            {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"},
        ),
        "DeleteBucketMetricsConfiguration": OperationSpec(
            "delete_bucket_metrics_configuration",
            {"Bucket": "bucket", "Id": "id", "ExpectedBucketOwner": "expected_bucket_owner"},
        ),
        "DeleteBucketOwnershipControls": OperationSpec(
            "delete_bucket_ownership_controls",
            {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"},
        ),
        "DeleteBucketPolicy": OperationSpec(
            "delete_bucket_policy", {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"}
        ),
        "DeleteBucketReplication": OperationSpec(
            "delete_bucket_replication", {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"}
        ),
        "DeleteBucketTagging": OperationSpec(
            "delete_bucket_tagging", {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"}
        ),
        "DeleteBucketWebsite": OperationSpec(
            "delete_bucket_website", {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"}
        ),
        "DeleteObject": OperationSpec(
            "delete_object",
            {
                "Bucket": "bucket",
                "Key": "key",
                "MFA": "mfa",
                "VersionId": "version_id",
                "RequestPayer": "request_payer",
                "BypassGovernanceRetention": "bypass_governance_retention",
                "ExpectedBucketOwner": "expected_bucket_owner",
                "IfMatch": "if_match",
                "IfMatchLastModifiedTime": "if_match_last_modified_time",
                "IfMatchSize": "if_match_size",
            },
        ),
        "DeleteObjectTagging": OperationSpec(
            "delete_object_tagging",
            {
                "Bucket": "bucket",
                "Key": "key",
                "VersionId": "version_id",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "DeleteObjects": OperationSpec(
            "delete_objects",
            {
                "Bucket": "bucket",
                "Delete": "delete",
                "MFA": "mfa",
                "RequestPayer": "request_payer",
                "BypassGovernanceRetention": "bypass_governance_retention",
                "ExpectedBucketOwner": "expected_bucket_owner",
                "ChecksumAlgorithm": "checksum_algorithm",
            },
        ),
        "DeletePublicAccessBlock": OperationSpec(
            "delete_public_access_block", {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"}
        ),
        "GetBucketAbac": OperationSpec(
            "get_bucket_abac", {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"}
        ),
        "GetBucketAccelerateConfiguration": OperationSpec(
            "get_bucket_accelerate_configuration",
            {
                "Bucket": "bucket",
                "ExpectedBucketOwner": "expected_bucket_owner",
                "RequestPayer": "request_payer",
            },
        ),
        "GetBucketAcl": OperationSpec(
            "get_bucket_acl", {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"}
        ),
        "GetBucketAnalyticsConfiguration": OperationSpec(
            "get_bucket_analytics_configuration",
            {"Bucket": "bucket", "Id": "id", "ExpectedBucketOwner": "expected_bucket_owner"},
        ),
        "GetBucketCors": OperationSpec(
            "get_bucket_cors", {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"}
        ),
        "GetBucketEncryption": OperationSpec(
            "get_bucket_encryption", {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"}
        ),
        "GetBucketIntelligentTieringConfiguration": OperationSpec(
            "get_bucket_intelligent_tiering_configuration",
            {"Bucket": "bucket", "Id": "id", "ExpectedBucketOwner": "expected_bucket_owner"},
        ),
        "GetBucketInventoryConfiguration": OperationSpec(
            "get_bucket_inventory_configuration",
            {"Bucket": "bucket", "Id": "id", "ExpectedBucketOwner": "expected_bucket_owner"},
        ),
        "GetBucketLifecycle": OperationSpec(
            "get_bucket_lifecycle", {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"}
        ),
        "GetBucketLifecycleConfiguration": OperationSpec(
            "get_bucket_lifecycle_configuration",
            {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"},
        ),
        "GetBucketLocation": OperationSpec(
            "get_bucket_location", {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"}
        ),
        "GetBucketLogging": OperationSpec(
            "get_bucket_logging", {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"}
        ),
        "GetBucketMetadataConfiguration": OperationSpec(
            "get_bucket_metadata_configuration",
            {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"},
        ),
        "GetBucketMetadataTableConfiguration": OperationSpec(
            "get_bucket_metadata_table_configuration",
            {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"},
        ),
        "GetBucketMetricsConfiguration": OperationSpec(
            "get_bucket_metrics_configuration",
            {"Bucket": "bucket", "Id": "id", "ExpectedBucketOwner": "expected_bucket_owner"},
        ),
        "GetBucketNotification": OperationSpec(
            "get_bucket_notification", {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"}
        ),
        "GetBucketNotificationConfiguration": OperationSpec(
            "get_bucket_notification_configuration",
            {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"},
        ),
        "GetBucketOwnershipControls": OperationSpec(
            "get_bucket_ownership_controls",
            {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"},
        ),
        "GetBucketPolicy": OperationSpec(
            "get_bucket_policy", {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"}
        ),
        "GetBucketPolicyStatus": OperationSpec(
            "get_bucket_policy_status", {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"}
        ),
        "GetBucketReplication": OperationSpec(
            "get_bucket_replication", {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"}
        ),
        "GetBucketRequestPayment": OperationSpec(
            "get_bucket_request_payment", {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"}
        ),
        "GetBucketTagging": OperationSpec(
            "get_bucket_tagging", {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"}
        ),
        "GetBucketVersioning": OperationSpec(
            "get_bucket_versioning", {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"}
        ),
        "GetBucketWebsite": OperationSpec(
            "get_bucket_website", {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"}
        ),
        "GetObject": OperationSpec(
            "get_object",
            {
                "Bucket": "bucket",
                "IfMatch": "if_match",
                "IfModifiedSince": "if_modified_since",
                "IfNoneMatch": "if_none_match",
                "IfUnmodifiedSince": "if_unmodified_since",
                "Key": "key",
                "Range": "range",
                "ResponseCacheControl": "response_cache_control",
                "ResponseContentDisposition": "response_content_disposition",
                "ResponseContentEncoding": "response_content_encoding",
                "ResponseContentLanguage": "response_content_language",
                "ResponseContentType": "response_content_type",
                "ResponseExpires": "response_expires",
                "VersionId": "version_id",
                "SSECustomerAlgorithm": "sse_customer_algorithm",
                "SSECustomerKey": "sse_customer_key",
                "SSECustomerKeyMD5": "sse_customer_key_md5",
                "RequestPayer": "request_payer",
                "PartNumber": "part_number",
                "ExpectedBucketOwner": "expected_bucket_owner",
                "ChecksumMode": "checksum_mode",
            },
        ),
        "GetObjectAcl": OperationSpec(
            "get_object_acl",
            {
                "Bucket": "bucket",
                "Key": "key",
                "VersionId": "version_id",
                "RequestPayer": "request_payer",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "GetObjectAttributes": OperationSpec(
            "get_object_attributes",
            {
                "Bucket": "bucket",
                "Key": "key",
                "VersionId": "version_id",
                "MaxParts": "max_parts",
                "PartNumberMarker": "part_number_marker",
                "SSECustomerAlgorithm": "sse_customer_algorithm",
                "SSECustomerKey": "sse_customer_key",
                "SSECustomerKeyMD5": "sse_customer_key_md5",
                "RequestPayer": "request_payer",
                "ExpectedBucketOwner": "expected_bucket_owner",
                "ObjectAttributes": "object_attributes",
            },
        ),
        "GetObjectLegalHold": OperationSpec(
            "get_object_legal_hold",
            {
                "Bucket": "bucket",
                "Key": "key",
                "VersionId": "version_id",
                "RequestPayer": "request_payer",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "GetObjectLockConfiguration": OperationSpec(
            "get_object_lock_configuration",
            {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"},
        ),
        "GetObjectRetention": OperationSpec(
            "get_object_retention",
            {
                "Bucket": "bucket",
                "Key": "key",
                "VersionId": "version_id",
                "RequestPayer": "request_payer",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "GetObjectTagging": OperationSpec(
            "get_object_tagging",
            {
                "Bucket": "bucket",
                "Key": "key",
                "VersionId": "version_id",
                "ExpectedBucketOwner": "expected_bucket_owner",
                "RequestPayer": "request_payer",
            },
        ),
        "GetObjectTorrent": OperationSpec(
            "get_object_torrent",
            {
                "Bucket": "bucket",
                "Key": "key",
                "RequestPayer": "request_payer",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "GetPublicAccessBlock": OperationSpec(
            "get_public_access_block", {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"}
        ),
        "HeadBucket": OperationSpec(
            "head_bucket", {"Bucket": "bucket", "ExpectedBucketOwner": "expected_bucket_owner"}
        ),
        "HeadObject": OperationSpec(
            "head_object",
            {
                "Bucket": "bucket",
                "IfMatch": "if_match",
                "IfModifiedSince": "if_modified_since",
                "IfNoneMatch": "if_none_match",
                "IfUnmodifiedSince": "if_unmodified_since",
                "Key": "key",
                "Range": "range",
                "ResponseCacheControl": "response_cache_control",
                "ResponseContentDisposition": "response_content_disposition",
                "ResponseContentEncoding": "response_content_encoding",
                "ResponseContentLanguage": "response_content_language",
                "ResponseContentType": "response_content_type",
                "ResponseExpires": "response_expires",
                "VersionId": "version_id",
                "SSECustomerAlgorithm": "sse_customer_algorithm",
                "SSECustomerKey": "sse_customer_key",
                "SSECustomerKeyMD5": "sse_customer_key_md5",
                "RequestPayer": "request_payer",
                "PartNumber": "part_number",
                "ExpectedBucketOwner": "expected_bucket_owner",
                "ChecksumMode": "checksum_mode",
            },
        ),
        "ListBucketAnalyticsConfigurations": OperationSpec(
            "list_bucket_analytics_configurations",
            {
                "Bucket": "bucket",
                "ContinuationToken": "continuation_token",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "ListBucketIntelligentTieringConfigurations": OperationSpec(
            "list_bucket_intelligent_tiering_configurations",
            {
                "Bucket": "bucket",
                "ContinuationToken": "continuation_token",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "ListBucketInventoryConfigurations": OperationSpec(
            "list_bucket_inventory_configurations",
            {
                "Bucket": "bucket",
                "ContinuationToken": "continuation_token",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "ListBucketMetricsConfigurations": OperationSpec(
            "list_bucket_metrics_configurations",
            {
                "Bucket": "bucket",
                "ContinuationToken": "continuation_token",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "ListBuckets": OperationSpec(
            "list_buckets",
            {
                "MaxBuckets": "max_buckets",
                "ContinuationToken": "continuation_token",
                "Prefix": "prefix",
                "BucketRegion": "bucket_region",
            },
        ),
        "ListDirectoryBuckets": OperationSpec(
            "list_directory_buckets",
            {"ContinuationToken": "continuation_token", "MaxDirectoryBuckets": "max_directory_buckets"},
        ),
        "ListMultipartUploads": OperationSpec(
            "list_multipart_uploads",
            {
                "Bucket": "bucket",
                "Delimiter": "delimiter",
                "EncodingType": "encoding_type",
                "KeyMarker": "key_marker",
                "MaxUploads": "max_uploads",
                "Prefix": "prefix",
                "UploadIdMarker": "upload_id_marker",
                "ExpectedBucketOwner": "expected_bucket_owner",
                "RequestPayer": "request_payer",
            },
        ),
        "ListObjectVersions": OperationSpec(
            "list_object_versions",
            {
                "Bucket": "bucket",
                "Delimiter": "delimiter",
                "EncodingType": "encoding_type",
                "KeyMarker": "key_marker",
                "MaxKeys": "max_keys",
                "Prefix": "prefix",
                "VersionIdMarker": "version_id_marker",
                "ExpectedBucketOwner": "expected_bucket_owner",
                "RequestPayer": "request_payer",
                "OptionalObjectAttributes": "optional_object_attributes",
            },
        ),
        "ListObjects": OperationSpec(
            "list_objects",
            {
                "Bucket": "bucket",
                "Delimiter": "delimiter",
                "EncodingType": "encoding_type",
                "Marker": "marker",
                "MaxKeys": "max_keys",
                "Prefix": "prefix",
                "RequestPayer": "request_payer",
                "ExpectedBucketOwner": "expected_bucket_owner",
                "OptionalObjectAttributes": "optional_object_attributes",
            },
        ),
        "ListObjectsV2": OperationSpec(
            "list_objects_v2",
            {
                "Bucket": "bucket",
                "Delimiter": "delimiter",
                "EncodingType": "encoding_type",
                "MaxKeys": "max_keys",
                "Prefix": "prefix",
                "ContinuationToken": "continuation_token",
                "FetchOwner": "fetch_owner",
                "StartAfter": "start_after",
                "RequestPayer": "request_payer",
                "ExpectedBucketOwner": "expected_bucket_owner",
                "OptionalObjectAttributes": "optional_object_attributes",
            },
        ),
        "ListParts": OperationSpec(
            "list_parts",
            {
                "Bucket": "bucket",
                "Key": "key",
                "MaxParts": "max_parts",
                "PartNumberMarker": "part_number_marker",
                "UploadId": "upload_id",
                "RequestPayer": "request_payer",
                "ExpectedBucketOwner": "expected_bucket_owner",
                "SSECustomerAlgorithm": "sse_customer_algorithm",
                "SSECustomerKey": "sse_customer_key",
                "SSECustomerKeyMD5": "sse_customer_key_md5",
            },
        ),
        "PutBucketAbac": OperationSpec(
            "put_bucket_abac",
            {
                "Bucket": "bucket",
                "ContentMD5": "content_md5",
                "ChecksumAlgorithm": "checksum_algorithm",
                "ExpectedBucketOwner": "expected_bucket_owner",
                "AbacStatus": "abac_status",
            },
        ),
        "PutBucketAccelerateConfiguration": OperationSpec(
            "put_bucket_accelerate_configuration",
            {
                "Bucket": "bucket",
                "AccelerateConfiguration": "accelerate_configuration",
                "ExpectedBucketOwner": "expected_bucket_owner",
                "ChecksumAlgorithm": "checksum_algorithm",
            },
        ),
        "PutBucketAcl": OperationSpec(
            "put_bucket_acl",
            {
                "ACL": "acl",
                "AccessControlPolicy": "access_control_policy",
                "Bucket": "bucket",
                "ContentMD5": "content_md5",
                "ChecksumAlgorithm": "checksum_algorithm",
                "GrantFullControl": "grant_full_control",
                "GrantRead": "grant_read",
                "GrantReadACP": "grant_read_acp",
                "GrantWrite": "grant_write",
                "GrantWriteACP": "grant_write_acp",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "PutBucketAnalyticsConfiguration": OperationSpec(
            "put_bucket_analytics_configuration",
            {
                "Bucket": "bucket",
                "Id": "id",
                "AnalyticsConfiguration": "analytics_configuration",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "PutBucketCors": OperationSpec(
            "put_bucket_cors",
            {
                "Bucket": "bucket",
                "CORSConfiguration": "cors_configuration",
                "ContentMD5": "content_md5",
                "ChecksumAlgorithm": "checksum_algorithm",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "PutBucketEncryption": OperationSpec(
            "put_bucket_encryption",
            {
                "Bucket": "bucket",
                "ContentMD5": "content_md5",
                "ChecksumAlgorithm": "checksum_algorithm",
                "ServerSideEncryptionConfiguration": "server_side_encryption_configuration",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "PutBucketIntelligentTieringConfiguration": OperationSpec(
            "put_bucket_intelligent_tiering_configuration",
            {
                "Bucket": "bucket",
                "Id": "id",
                "ExpectedBucketOwner": "expected_bucket_owner",
                "IntelligentTieringConfiguration": "intelligent_tiering_configuration",
            },
        ),
        "PutBucketInventoryConfiguration": OperationSpec(
            "put_bucket_inventory_configuration",
            {
                "Bucket": "bucket",
                "Id": "id",
                "InventoryConfiguration": "inventory_configuration",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "PutBucketLifecycle": OperationSpec(
            "put_bucket_lifecycle",
            {
                "Bucket": "bucket",
                "ContentMD5": "content_md5",
                "ChecksumAlgorithm": "checksum_algorithm",
                "LifecycleConfiguration": "lifecycle_configuration",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "PutBucketLifecycleConfiguration": OperationSpec(
            "put_bucket_lifecycle_configuration",
            {
                "Bucket": "bucket",
                "ChecksumAlgorithm": "checksum_algorithm",
                "LifecycleConfiguration": "lifecycle_configuration",
                "ExpectedBucketOwner": "expected_bucket_owner",
                "TransitionDefaultMinimumObjectSize": "transition_default_minimum_object_size",
            },
        ),
        "PutBucketLogging": OperationSpec(
            "put_bucket_logging",
            {
                "Bucket": "bucket",
                "BucketLoggingStatus": "bucket_logging_status",
                "ContentMD5": "content_md5",
                "ChecksumAlgorithm": "checksum_algorithm",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "PutBucketMetricsConfiguration": OperationSpec(
            "put_bucket_metrics_configuration",
            {
                "Bucket": "bucket",
                "Id": "id",
                "MetricsConfiguration": "metrics_configuration",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "PutBucketNotification": OperationSpec(
            "put_bucket_notification",
            {
                "Bucket": "bucket",
                "ContentMD5": "content_md5",
                "ChecksumAlgorithm": "checksum_algorithm",
                "NotificationConfiguration": "notification_configuration",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "PutBucketNotificationConfiguration": OperationSpec(
            "put_bucket_notification_configuration",
            {
                "Bucket": "bucket",
                "NotificationConfiguration": "notification_configuration",
                "ExpectedBucketOwner": "expected_bucket_owner",
                "SkipDestinationValidation": "skip_destination_validation",
            },
        ),
        "PutBucketOwnershipControls": OperationSpec(
            "put_bucket_ownership_controls",
            {
                "Bucket": "bucket",
                "ContentMD5": "content_md5",
                "ExpectedBucketOwner": "expected_bucket_owner",
                "OwnershipControls": "ownership_controls",
                "ChecksumAlgorithm": "checksum_algorithm",
            },
        ),
        "PutBucketPolicy": OperationSpec(
            "put_bucket_policy",
            {
                "Bucket": "bucket",
                "ContentMD5": "content_md5",
                "ChecksumAlgorithm": "checksum_algorithm",
                "ConfirmRemoveSelfBucketAccess": "confirm_remove_self_bucket_access",
                "Policy": "policy",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "PutBucketReplication": OperationSpec(
            "put_bucket_replication",
            {
                "Bucket": "bucket",
                "ContentMD5": "content_md5",
                "ChecksumAlgorithm": "checksum_algorithm",
                "ReplicationConfiguration": "replication_configuration",
                "Token": "token",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "PutBucketRequestPayment": OperationSpec(
            "put_bucket_request_payment",
            {
                "Bucket": "bucket",
                "ContentMD5": "content_md5",
                "ChecksumAlgorithm": "checksum_algorithm",
                "RequestPaymentConfiguration": "request_payment_configuration",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "PutBucketTagging": OperationSpec(
            "put_bucket_tagging",
            {
                "Bucket": "bucket",
                "ContentMD5": "content_md5",
                "ChecksumAlgorithm": "checksum_algorithm",
                "Tagging": "tagging",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "PutBucketVersioning": OperationSpec(
            "put_bucket_versioning",
            {
                "Bucket": "bucket",
                "ContentMD5": "content_md5",
                "ChecksumAlgorithm": "checksum_algorithm",
                "MFA": "mfa",
                "VersioningConfiguration": "versioning_configuration",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "PutBucketWebsite": OperationSpec(
            "put_bucket_website",
            {
                "Bucket": "bucket",
                "ContentMD5": "content_md5",
                "ChecksumAlgorithm": "checksum_algorithm",
                "WebsiteConfiguration": "website_configuration",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "PutObject": OperationSpec(
            "put_object",
            {
                "ACL": "acl",
                "Body": "body",
                "Bucket": "bucket",
                "CacheControl": "cache_control",
                "ContentDisposition": "content_disposition",
                "ContentEncoding": "content_encoding",
                "ContentLanguage": "content_language",
                "ContentLength": "content_length",
                "ContentMD5": "content_md5",
                "ContentType": "content_type",
                "ChecksumAlgorithm": "checksum_algorithm",
                "ChecksumCRC32": "checksum_crc32",
                "ChecksumCRC32C": "checksum_crc32_c",
                "ChecksumCRC64NVME": "checksum_crc64_nvme",
                "ChecksumSHA1": "checksum_sha1",
                "ChecksumSHA256": "checksum_sha256",
                "ChecksumSHA512": "checksum_sha512",
                "ChecksumMD5": "checksum_md5",
                "ChecksumXXHASH64": "checksum_xxhash64",
                "ChecksumXXHASH3": "checksum_xxhash3",
                "ChecksumXXHASH128": "checksum_xxhash128",
                "Expires": "expires",
                "IfMatch": "if_match",
                "IfNoneMatch": "if_none_match",
                "GrantFullControl": "grant_full_control",
                "GrantRead": "grant_read",
                "GrantReadACP": "grant_read_acp",
                "GrantWriteACP": "grant_write_acp",
                "Key": "key",
                "WriteOffsetBytes": "write_offset_bytes",
                "Metadata": "metadata",
                "ServerSideEncryption": "server_side_encryption",
                "StorageClass": "storage_class",
                "WebsiteRedirectLocation": "website_redirect_location",
                "SSECustomerAlgorithm": "sse_customer_algorithm",
                "SSECustomerKey": "sse_customer_key",
                "SSECustomerKeyMD5": "sse_customer_key_md5",
                "SSEKMSKeyId": "ssekms_key_id",
                "SSEKMSEncryptionContext": "ssekms_encryption_context",
                "BucketKeyEnabled": "bucket_key_enabled",
                "RequestPayer": "request_payer",
                "Tagging": "tagging",
                "ObjectLockMode": "object_lock_mode",
                "ObjectLockRetainUntilDate": "object_lock_retain_until_date",
                "ObjectLockLegalHoldStatus": "object_lock_legal_hold_status",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "PutObjectAcl": OperationSpec(
            "put_object_acl",
            {
                "ACL": "acl",
                "AccessControlPolicy": "access_control_policy",
                "Bucket": "bucket",
                "ContentMD5": "content_md5",
                "ChecksumAlgorithm": "checksum_algorithm",
                "GrantFullControl": "grant_full_control",
                "GrantRead": "grant_read",
                "GrantReadACP": "grant_read_acp",
                "GrantWrite": "grant_write",
                "GrantWriteACP": "grant_write_acp",
                "Key": "key",
                "RequestPayer": "request_payer",
                "VersionId": "version_id",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "PutObjectLegalHold": OperationSpec(
            "put_object_legal_hold",
            {
                "Bucket": "bucket",
                "Key": "key",
                "LegalHold": "legal_hold",
                "RequestPayer": "request_payer",
                "VersionId": "version_id",
                "ContentMD5": "content_md5",
                "ChecksumAlgorithm": "checksum_algorithm",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "PutObjectLockConfiguration": OperationSpec(
            "put_object_lock_configuration",
            {
                "Bucket": "bucket",
                "ObjectLockConfiguration": "object_lock_configuration",
                "RequestPayer": "request_payer",
                "Token": "token",
                "ContentMD5": "content_md5",
                "ChecksumAlgorithm": "checksum_algorithm",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "PutObjectRetention": OperationSpec(
            "put_object_retention",
            {
                "Bucket": "bucket",
                "Key": "key",
                "Retention": "retention",
                "RequestPayer": "request_payer",
                "VersionId": "version_id",
                "BypassGovernanceRetention": "bypass_governance_retention",
                "ContentMD5": "content_md5",
                "ChecksumAlgorithm": "checksum_algorithm",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "PutObjectTagging": OperationSpec(
            "put_object_tagging",
            {
                "Bucket": "bucket",
                "Key": "key",
                "VersionId": "version_id",
                "ContentMD5": "content_md5",
                "ChecksumAlgorithm": "checksum_algorithm",
                "Tagging": "tagging",
                "ExpectedBucketOwner": "expected_bucket_owner",
                "RequestPayer": "request_payer",
            },
        ),
        "PutPublicAccessBlock": OperationSpec(
            "put_public_access_block",
            {
                "Bucket": "bucket",
                "ContentMD5": "content_md5",
                "ChecksumAlgorithm": "checksum_algorithm",
                "PublicAccessBlockConfiguration": "public_access_block_configuration",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "RenameObject": OperationSpec(
            "rename_object",
            {
                "Bucket": "bucket",
                "Key": "key",
                "RenameSource": "rename_source",
                "DestinationIfMatch": "destination_if_match",
                "DestinationIfNoneMatch": "destination_if_none_match",
                "DestinationIfModifiedSince": "destination_if_modified_since",
                "DestinationIfUnmodifiedSince": "destination_if_unmodified_since",
                "SourceIfMatch": "source_if_match",
                "SourceIfNoneMatch": "source_if_none_match",
                "SourceIfModifiedSince": "source_if_modified_since",
                "SourceIfUnmodifiedSince": "source_if_unmodified_since",
                "ClientToken": "client_token",
            },
        ),
        "RestoreObject": OperationSpec(
            "restore_object",
            {
                "Bucket": "bucket",
                "Key": "key",
                "VersionId": "version_id",
                "RestoreRequest": "restore_request",
                "RequestPayer": "request_payer",
                "ChecksumAlgorithm": "checksum_algorithm",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "SelectObjectContent": OperationSpec(
            "select_object_content",
            {
                "Bucket": "bucket",
                "Key": "key",
                "SSECustomerAlgorithm": "sse_customer_algorithm",
                "SSECustomerKey": "sse_customer_key",
                "SSECustomerKeyMD5": "sse_customer_key_md5",
                "Expression": "expression",
                "ExpressionType": "expression_type",
                "RequestProgress": "request_progress",
                "InputSerialization": "input_serialization",
                "OutputSerialization": "output_serialization",
                "ScanRange": "scan_range",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "UpdateBucketMetadataInventoryTableConfiguration": OperationSpec(
            "update_bucket_metadata_inventory_table_configuration",
            {
                "Bucket": "bucket",
                "ContentMD5": "content_md5",
                "ChecksumAlgorithm": "checksum_algorithm",
                "InventoryTableConfiguration": "inventory_table_configuration",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "UpdateBucketMetadataJournalTableConfiguration": OperationSpec(
            "update_bucket_metadata_journal_table_configuration",
            {
                "Bucket": "bucket",
                "ContentMD5": "content_md5",
                "ChecksumAlgorithm": "checksum_algorithm",
                "JournalTableConfiguration": "journal_table_configuration",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "UpdateObjectEncryption": OperationSpec(
            "update_object_encryption",
            {
                "Bucket": "bucket",
                "Key": "key",
                "VersionId": "version_id",
                "ObjectEncryption": "object_encryption",
                "RequestPayer": "request_payer",
                "ExpectedBucketOwner": "expected_bucket_owner",
                "ContentMD5": "content_md5",
                "ChecksumAlgorithm": "checksum_algorithm",
            },
        ),
        "UploadPart": OperationSpec(
            "upload_part",
            {
                "Body": "body",
                "Bucket": "bucket",
                "ContentLength": "content_length",
                "ContentMD5": "content_md5",
                "ChecksumAlgorithm": "checksum_algorithm",
                "ChecksumCRC32": "checksum_crc32",
                "ChecksumCRC32C": "checksum_crc32_c",
                "ChecksumCRC64NVME": "checksum_crc64_nvme",
                "ChecksumSHA1": "checksum_sha1",
                "ChecksumSHA256": "checksum_sha256",
                "ChecksumSHA512": "checksum_sha512",
                "ChecksumMD5": "checksum_md5",
                "ChecksumXXHASH64": "checksum_xxhash64",
                "ChecksumXXHASH3": "checksum_xxhash3",
                "ChecksumXXHASH128": "checksum_xxhash128",
                "Key": "key",
                "PartNumber": "part_number",
                "UploadId": "upload_id",
                "SSECustomerAlgorithm": "sse_customer_algorithm",
                "SSECustomerKey": "sse_customer_key",
                "SSECustomerKeyMD5": "sse_customer_key_md5",
                "RequestPayer": "request_payer",
                "ExpectedBucketOwner": "expected_bucket_owner",
            },
        ),
        "UploadPartCopy": OperationSpec(
            "upload_part_copy",
            {
                "Bucket": "bucket",
                "CopySource": "copy_source",
                "CopySourceIfMatch": "copy_source_if_match",
                "CopySourceIfModifiedSince": "copy_source_if_modified_since",
                "CopySourceIfNoneMatch": "copy_source_if_none_match",
                "CopySourceIfUnmodifiedSince": "copy_source_if_unmodified_since",
                "CopySourceRange": "copy_source_range",
                "Key": "key",
                "PartNumber": "part_number",
                "UploadId": "upload_id",
                "SSECustomerAlgorithm": "sse_customer_algorithm",
                "SSECustomerKey": "sse_customer_key",
                "SSECustomerKeyMD5": "sse_customer_key_md5",
                "CopySourceSSECustomerAlgorithm": "copy_source_sse_customer_algorithm",
                "CopySourceSSECustomerKey": "copy_source_sse_customer_key",
                "CopySourceSSECustomerKeyMD5": "copy_source_sse_customer_key_md5",
                "RequestPayer": "request_payer",
                "ExpectedBucketOwner": "expected_bucket_owner",
                "ExpectedSourceBucketOwner": "expected_source_bucket_owner",
            },
        ),
        "WriteGetObjectResponse": OperationSpec(
            "write_get_object_response",
            {
                "RequestRoute": "request_route",
                "RequestToken": "request_token",
                "Body": "body",
                "StatusCode": "status_code",
                "ErrorCode": "error_code",
                "ErrorMessage": "error_message",
                "AcceptRanges": "accept_ranges",
                "CacheControl": "cache_control",
                "ContentDisposition": "content_disposition",
                "ContentEncoding": "content_encoding",
                "ContentLanguage": "content_language",
                "ContentLength": "content_length",
                "ContentRange": "content_range",
                "ContentType": "content_type",
                "ChecksumCRC32": "checksum_crc32",
                "ChecksumCRC32C": "checksum_crc32_c",
                "ChecksumCRC64NVME": "checksum_crc64_nvme",
                "ChecksumSHA1": "checksum_sha1",
                "ChecksumSHA256": "checksum_sha256",
                "ChecksumSHA512": "checksum_sha512",
                "ChecksumMD5": "checksum_md5",
                "ChecksumXXHASH64": "checksum_xxhash64",
                "ChecksumXXHASH3": "checksum_xxhash3",
                "ChecksumXXHASH128": "checksum_xxhash128",
                "DeleteMarker": "delete_marker",
                "ETag": "e_tag",
                "Expires": "expires",
                "Expiration": "expiration",
                "LastModified": "last_modified",
                "MissingMeta": "missing_meta",
                "Metadata": "metadata",
                "ObjectLockMode": "object_lock_mode",
                "ObjectLockLegalHoldStatus": "object_lock_legal_hold_status",
                "ObjectLockRetainUntilDate": "object_lock_retain_until_date",
                "PartsCount": "parts_count",
                "ReplicationStatus": "replication_status",
                "RequestCharged": "request_charged",
                "Restore": "restore",
                "ServerSideEncryption": "server_side_encryption",
                "SSECustomerAlgorithm": "sse_customer_algorithm",
                "SSEKMSKeyId": "ssekms_key_id",
                "SSECustomerKeyMD5": "sse_customer_key_md5",
                "StorageClass": "storage_class",
                "TagCount": "tag_count",
                "VersionId": "version_id",
                "BucketKeyEnabled": "bucket_key_enabled",
            },
        ),
    }

    async def abort_multipart_upload(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        key: ObjectKey,
        upload_id: MultipartUploadId,
        request_payer: RequestPayer | None = None,
        expected_bucket_owner: AccountId | None = None,
        if_match_initiated_time: IfMatchInitiatedTime | None = None,
    ) -> AbortMultipartUploadOutput:
        raise NotImplementedError

    async def complete_multipart_upload(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        key: ObjectKey,
        upload_id: MultipartUploadId,
        multipart_upload: CompletedMultipartUpload | None = None,
        checksum_crc32: ChecksumCRC32 | None = None,
        checksum_crc32_c: ChecksumCRC32C | None = None,
        checksum_crc64_nvme: ChecksumCRC64NVME | None = None,
        checksum_sha1: ChecksumSHA1 | None = None,
        checksum_sha256: ChecksumSHA256 | None = None,
        checksum_sha512: ChecksumSHA512 | None = None,
        checksum_md5: ChecksumMD5 | None = None,
        checksum_xxhash64: ChecksumXXHASH64 | None = None,
        checksum_xxhash3: ChecksumXXHASH3 | None = None,
        checksum_xxhash128: ChecksumXXHASH128 | None = None,
        checksum_type: ChecksumType | None = None,
        mpu_object_size: MpuObjectSize | None = None,
        request_payer: RequestPayer | None = None,
        expected_bucket_owner: AccountId | None = None,
        if_match: IfMatch | None = None,
        if_none_match: IfNoneMatch | None = None,
        sse_customer_algorithm: SSECustomerAlgorithm | None = None,
        sse_customer_key: SSECustomerKey | None = None,
        sse_customer_key_md5: SSECustomerKeyMD5 | None = None,
    ) -> CompleteMultipartUploadOutput:
        raise NotImplementedError

    async def copy_object(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        copy_source: CopySource,
        key: ObjectKey,
        acl: ObjectCannedACL | None = None,
        cache_control: CacheControl | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        content_disposition: ContentDisposition | None = None,
        content_encoding: ContentEncoding | None = None,
        content_language: ContentLanguage | None = None,
        content_type: ContentType | None = None,
        copy_source_if_match: CopySourceIfMatch | None = None,
        copy_source_if_modified_since: CopySourceIfModifiedSince | None = None,
        copy_source_if_none_match: CopySourceIfNoneMatch | None = None,
        copy_source_if_unmodified_since: CopySourceIfUnmodifiedSince | None = None,
        expires: Expires | None = None,
        grant_full_control: GrantFullControl | None = None,
        grant_read: GrantRead | None = None,
        grant_read_acp: GrantReadACP | None = None,
        grant_write_acp: GrantWriteACP | None = None,
        if_match: IfMatch | None = None,
        if_none_match: IfNoneMatch | None = None,
        metadata: Metadata | None = None,
        metadata_directive: MetadataDirective | None = None,
        tagging_directive: TaggingDirective | None = None,
        server_side_encryption: ServerSideEncryption | None = None,
        storage_class: StorageClass | None = None,
        website_redirect_location: WebsiteRedirectLocation | None = None,
        sse_customer_algorithm: SSECustomerAlgorithm | None = None,
        sse_customer_key: SSECustomerKey | None = None,
        sse_customer_key_md5: SSECustomerKeyMD5 | None = None,
        ssekms_key_id: SSEKMSKeyId | None = None,
        ssekms_encryption_context: SSEKMSEncryptionContext | None = None,
        bucket_key_enabled: BucketKeyEnabled | None = None,
        copy_source_sse_customer_algorithm: CopySourceSSECustomerAlgorithm | None = None,
        copy_source_sse_customer_key: CopySourceSSECustomerKey | None = None,
        copy_source_sse_customer_key_md5: CopySourceSSECustomerKeyMD5 | None = None,
        request_payer: RequestPayer | None = None,
        tagging: TaggingHeader | None = None,
        object_lock_mode: ObjectLockMode | None = None,
        object_lock_retain_until_date: ObjectLockRetainUntilDate | None = None,
        object_lock_legal_hold_status: ObjectLockLegalHoldStatus | None = None,
        expected_bucket_owner: AccountId | None = None,
        expected_source_bucket_owner: AccountId | None = None,
    ) -> CopyObjectOutput:
        raise NotImplementedError

    async def create_bucket(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        acl: BucketCannedACL | None = None,
        create_bucket_configuration: CreateBucketConfiguration | None = None,
        grant_full_control: GrantFullControl | None = None,
        grant_read: GrantRead | None = None,
        grant_read_acp: GrantReadACP | None = None,
        grant_write: GrantWrite | None = None,
        grant_write_acp: GrantWriteACP | None = None,
        object_lock_enabled_for_bucket: ObjectLockEnabledForBucket | None = None,
        object_ownership: ObjectOwnership | None = None,
        bucket_namespace: BucketNamespace | None = None,
    ) -> CreateBucketOutput:
        raise NotImplementedError

    async def create_bucket_metadata_configuration(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        metadata_configuration: MetadataConfiguration,
        content_md5: ContentMD5 | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> None:
        raise NotImplementedError

    async def create_bucket_metadata_table_configuration(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        metadata_table_configuration: MetadataTableConfiguration,
        content_md5: ContentMD5 | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> None:
        raise NotImplementedError

    async def create_multipart_upload(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        key: ObjectKey,
        acl: ObjectCannedACL | None = None,
        cache_control: CacheControl | None = None,
        content_disposition: ContentDisposition | None = None,
        content_encoding: ContentEncoding | None = None,
        content_language: ContentLanguage | None = None,
        content_type: ContentType | None = None,
        expires: Expires | None = None,
        grant_full_control: GrantFullControl | None = None,
        grant_read: GrantRead | None = None,
        grant_read_acp: GrantReadACP | None = None,
        grant_write_acp: GrantWriteACP | None = None,
        metadata: Metadata | None = None,
        server_side_encryption: ServerSideEncryption | None = None,
        storage_class: StorageClass | None = None,
        website_redirect_location: WebsiteRedirectLocation | None = None,
        sse_customer_algorithm: SSECustomerAlgorithm | None = None,
        sse_customer_key: SSECustomerKey | None = None,
        sse_customer_key_md5: SSECustomerKeyMD5 | None = None,
        ssekms_key_id: SSEKMSKeyId | None = None,
        ssekms_encryption_context: SSEKMSEncryptionContext | None = None,
        bucket_key_enabled: BucketKeyEnabled | None = None,
        request_payer: RequestPayer | None = None,
        tagging: TaggingHeader | None = None,
        object_lock_mode: ObjectLockMode | None = None,
        object_lock_retain_until_date: ObjectLockRetainUntilDate | None = None,
        object_lock_legal_hold_status: ObjectLockLegalHoldStatus | None = None,
        expected_bucket_owner: AccountId | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        checksum_type: ChecksumType | None = None,
    ) -> CreateMultipartUploadOutput:
        raise NotImplementedError

    async def create_session(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        session_mode: SessionMode | None = None,
        server_side_encryption: ServerSideEncryption | None = None,
        ssekms_key_id: SSEKMSKeyId | None = None,
        ssekms_encryption_context: SSEKMSEncryptionContext | None = None,
        bucket_key_enabled: BucketKeyEnabled | None = None,
    ) -> CreateSessionOutput:
        raise NotImplementedError

    async def delete_bucket(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> None:
        raise NotImplementedError

    async def delete_bucket_analytics_configuration(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        id: AnalyticsId,
        expected_bucket_owner: AccountId | None = None,
    ) -> None:
        raise NotImplementedError

    async def delete_bucket_cors(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> None:
        raise NotImplementedError

    async def delete_bucket_encryption(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> None:
        raise NotImplementedError

    async def delete_bucket_intelligent_tiering_configuration(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        id: IntelligentTieringId,
        expected_bucket_owner: AccountId | None = None,
    ) -> None:
        raise NotImplementedError

    async def delete_bucket_inventory_configuration(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        id: InventoryId,
        expected_bucket_owner: AccountId | None = None,
    ) -> None:
        raise NotImplementedError

    async def delete_bucket_lifecycle(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> None:
        raise NotImplementedError

    async def delete_bucket_metadata_configuration(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> None:
        raise NotImplementedError

    async def delete_bucket_metadata_table_configuration(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> None:
        raise NotImplementedError

    async def delete_bucket_metrics_configuration(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        id: MetricsId,
        expected_bucket_owner: AccountId | None = None,
    ) -> None:
        raise NotImplementedError

    async def delete_bucket_ownership_controls(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> None:
        raise NotImplementedError

    async def delete_bucket_policy(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> None:
        raise NotImplementedError

    async def delete_bucket_replication(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> None:
        raise NotImplementedError

    async def delete_bucket_tagging(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> None:
        raise NotImplementedError

    async def delete_bucket_website(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> None:
        raise NotImplementedError

    async def delete_object(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        key: ObjectKey,
        mfa: MFA | None = None,
        version_id: ObjectVersionId | None = None,
        request_payer: RequestPayer | None = None,
        bypass_governance_retention: BypassGovernanceRetention | None = None,
        expected_bucket_owner: AccountId | None = None,
        if_match: IfMatch | None = None,
        if_match_last_modified_time: IfMatchLastModifiedTime | None = None,
        if_match_size: IfMatchSize | None = None,
    ) -> DeleteObjectOutput:
        raise NotImplementedError

    async def delete_object_tagging(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        key: ObjectKey,
        version_id: ObjectVersionId | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> DeleteObjectTaggingOutput:
        raise NotImplementedError

    async def delete_objects(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        delete: Delete,
        mfa: MFA | None = None,
        request_payer: RequestPayer | None = None,
        bypass_governance_retention: BypassGovernanceRetention | None = None,
        expected_bucket_owner: AccountId | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
    ) -> DeleteObjectsOutput:
        raise NotImplementedError

    async def delete_public_access_block(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> None:
        raise NotImplementedError

    async def get_bucket_abac(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> GetBucketAbacOutput:
        raise NotImplementedError

    async def get_bucket_accelerate_configuration(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        expected_bucket_owner: AccountId | None = None,
        request_payer: RequestPayer | None = None,
    ) -> GetBucketAccelerateConfigurationOutput:
        raise NotImplementedError

    async def get_bucket_acl(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> GetBucketAclOutput:
        raise NotImplementedError

    async def get_bucket_analytics_configuration(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        id: AnalyticsId,
        expected_bucket_owner: AccountId | None = None,
    ) -> GetBucketAnalyticsConfigurationOutput:
        raise NotImplementedError

    async def get_bucket_cors(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> GetBucketCorsOutput:
        raise NotImplementedError

    async def get_bucket_encryption(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> GetBucketEncryptionOutput:
        raise NotImplementedError

    async def get_bucket_intelligent_tiering_configuration(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        id: IntelligentTieringId,
        expected_bucket_owner: AccountId | None = None,
    ) -> GetBucketIntelligentTieringConfigurationOutput:
        raise NotImplementedError

    async def get_bucket_inventory_configuration(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        id: InventoryId,
        expected_bucket_owner: AccountId | None = None,
    ) -> GetBucketInventoryConfigurationOutput:
        raise NotImplementedError

    async def get_bucket_lifecycle(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> GetBucketLifecycleOutput:
        raise NotImplementedError

    async def get_bucket_lifecycle_configuration(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> GetBucketLifecycleConfigurationOutput:
        raise NotImplementedError

    async def get_bucket_location(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> GetBucketLocationOutput:
        raise NotImplementedError

    async def get_bucket_logging(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> GetBucketLoggingOutput:
        raise NotImplementedError

    async def get_bucket_metadata_configuration(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> GetBucketMetadataConfigurationOutput:
        raise NotImplementedError

    async def get_bucket_metadata_table_configuration(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> GetBucketMetadataTableConfigurationOutput:
        raise NotImplementedError

    async def get_bucket_metrics_configuration(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        id: MetricsId,
        expected_bucket_owner: AccountId | None = None,
    ) -> GetBucketMetricsConfigurationOutput:
        raise NotImplementedError

    async def get_bucket_notification(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> NotificationConfigurationDeprecated:
        raise NotImplementedError

    async def get_bucket_notification_configuration(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> NotificationConfiguration:
        raise NotImplementedError

    async def get_bucket_ownership_controls(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> GetBucketOwnershipControlsOutput:
        raise NotImplementedError

    async def get_bucket_policy(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> GetBucketPolicyOutput:
        raise NotImplementedError

    async def get_bucket_policy_status(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> GetBucketPolicyStatusOutput:
        raise NotImplementedError

    async def get_bucket_replication(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> GetBucketReplicationOutput:
        raise NotImplementedError

    async def get_bucket_request_payment(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> GetBucketRequestPaymentOutput:
        raise NotImplementedError

    async def get_bucket_tagging(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> GetBucketTaggingOutput:
        raise NotImplementedError

    async def get_bucket_versioning(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> GetBucketVersioningOutput:
        raise NotImplementedError

    async def get_bucket_website(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> GetBucketWebsiteOutput:
        raise NotImplementedError

    async def get_object(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        key: ObjectKey,
        if_match: IfMatch | None = None,
        if_modified_since: IfModifiedSince | None = None,
        if_none_match: IfNoneMatch | None = None,
        if_unmodified_since: IfUnmodifiedSince | None = None,
        range: Range | None = None,
        response_cache_control: ResponseCacheControl | None = None,
        response_content_disposition: ResponseContentDisposition | None = None,
        response_content_encoding: ResponseContentEncoding | None = None,
        response_content_language: ResponseContentLanguage | None = None,
        response_content_type: ResponseContentType | None = None,
        response_expires: ResponseExpires | None = None,
        version_id: ObjectVersionId | None = None,
        sse_customer_algorithm: SSECustomerAlgorithm | None = None,
        sse_customer_key: SSECustomerKey | None = None,
        sse_customer_key_md5: SSECustomerKeyMD5 | None = None,
        request_payer: RequestPayer | None = None,
        part_number: PartNumber | None = None,
        expected_bucket_owner: AccountId | None = None,
        checksum_mode: ChecksumMode | None = None,
    ) -> GetObjectOutput:
        raise NotImplementedError

    async def get_object_acl(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        key: ObjectKey,
        version_id: ObjectVersionId | None = None,
        request_payer: RequestPayer | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> GetObjectAclOutput:
        raise NotImplementedError

    async def get_object_attributes(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        key: ObjectKey,
        object_attributes: ObjectAttributesList,
        version_id: ObjectVersionId | None = None,
        max_parts: MaxParts | None = None,
        part_number_marker: PartNumberMarker | None = None,
        sse_customer_algorithm: SSECustomerAlgorithm | None = None,
        sse_customer_key: SSECustomerKey | None = None,
        sse_customer_key_md5: SSECustomerKeyMD5 | None = None,
        request_payer: RequestPayer | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> GetObjectAttributesOutput:
        raise NotImplementedError

    async def get_object_legal_hold(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        key: ObjectKey,
        version_id: ObjectVersionId | None = None,
        request_payer: RequestPayer | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> GetObjectLegalHoldOutput:
        raise NotImplementedError

    async def get_object_lock_configuration(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> GetObjectLockConfigurationOutput:
        raise NotImplementedError

    async def get_object_retention(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        key: ObjectKey,
        version_id: ObjectVersionId | None = None,
        request_payer: RequestPayer | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> GetObjectRetentionOutput:
        raise NotImplementedError

    async def get_object_tagging(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        key: ObjectKey,
        version_id: ObjectVersionId | None = None,
        expected_bucket_owner: AccountId | None = None,
        request_payer: RequestPayer | None = None,
    ) -> GetObjectTaggingOutput:
        raise NotImplementedError

    async def get_object_torrent(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        key: ObjectKey,
        request_payer: RequestPayer | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> GetObjectTorrentOutput:
        raise NotImplementedError

    async def get_public_access_block(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> GetPublicAccessBlockOutput:
        raise NotImplementedError

    async def head_bucket(
        self, context: RequestContext, *, bucket: BucketName, expected_bucket_owner: AccountId | None = None
    ) -> HeadBucketOutput:
        raise NotImplementedError

    async def head_object(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        key: ObjectKey,
        if_match: IfMatch | None = None,
        if_modified_since: IfModifiedSince | None = None,
        if_none_match: IfNoneMatch | None = None,
        if_unmodified_since: IfUnmodifiedSince | None = None,
        range: Range | None = None,
        response_cache_control: ResponseCacheControl | None = None,
        response_content_disposition: ResponseContentDisposition | None = None,
        response_content_encoding: ResponseContentEncoding | None = None,
        response_content_language: ResponseContentLanguage | None = None,
        response_content_type: ResponseContentType | None = None,
        response_expires: ResponseExpires | None = None,
        version_id: ObjectVersionId | None = None,
        sse_customer_algorithm: SSECustomerAlgorithm | None = None,
        sse_customer_key: SSECustomerKey | None = None,
        sse_customer_key_md5: SSECustomerKeyMD5 | None = None,
        request_payer: RequestPayer | None = None,
        part_number: PartNumber | None = None,
        expected_bucket_owner: AccountId | None = None,
        checksum_mode: ChecksumMode | None = None,
    ) -> HeadObjectOutput:
        raise NotImplementedError

    async def list_bucket_analytics_configurations(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        continuation_token: Token | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> ListBucketAnalyticsConfigurationsOutput:
        raise NotImplementedError

    async def list_bucket_intelligent_tiering_configurations(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        continuation_token: Token | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> ListBucketIntelligentTieringConfigurationsOutput:
        raise NotImplementedError

    async def list_bucket_inventory_configurations(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        continuation_token: Token | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> ListBucketInventoryConfigurationsOutput:
        raise NotImplementedError

    async def list_bucket_metrics_configurations(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        continuation_token: Token | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> ListBucketMetricsConfigurationsOutput:
        raise NotImplementedError

    async def list_buckets(
        self,
        context: RequestContext,
        *,
        max_buckets: MaxBuckets | None = None,
        continuation_token: Token | None = None,
        prefix: Prefix | None = None,
        bucket_region: BucketRegion | None = None,
    ) -> ListBucketsOutput:
        raise NotImplementedError

    async def list_directory_buckets(
        self,
        context: RequestContext,
        *,
        continuation_token: DirectoryBucketToken | None = None,
        max_directory_buckets: MaxDirectoryBuckets | None = None,
    ) -> ListDirectoryBucketsOutput:
        raise NotImplementedError

    async def list_multipart_uploads(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        delimiter: Delimiter | None = None,
        encoding_type: EncodingType | None = None,
        key_marker: KeyMarker | None = None,
        max_uploads: MaxUploads | None = None,
        prefix: Prefix | None = None,
        upload_id_marker: UploadIdMarker | None = None,
        expected_bucket_owner: AccountId | None = None,
        request_payer: RequestPayer | None = None,
    ) -> ListMultipartUploadsOutput:
        raise NotImplementedError

    async def list_object_versions(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        delimiter: Delimiter | None = None,
        encoding_type: EncodingType | None = None,
        key_marker: KeyMarker | None = None,
        max_keys: MaxKeys | None = None,
        prefix: Prefix | None = None,
        version_id_marker: VersionIdMarker | None = None,
        expected_bucket_owner: AccountId | None = None,
        request_payer: RequestPayer | None = None,
        optional_object_attributes: OptionalObjectAttributesList | None = None,
    ) -> ListObjectVersionsOutput:
        raise NotImplementedError

    async def list_objects(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        delimiter: Delimiter | None = None,
        encoding_type: EncodingType | None = None,
        marker: Marker | None = None,
        max_keys: MaxKeys | None = None,
        prefix: Prefix | None = None,
        request_payer: RequestPayer | None = None,
        expected_bucket_owner: AccountId | None = None,
        optional_object_attributes: OptionalObjectAttributesList | None = None,
    ) -> ListObjectsOutput:
        raise NotImplementedError

    async def list_objects_v2(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        delimiter: Delimiter | None = None,
        encoding_type: EncodingType | None = None,
        max_keys: MaxKeys | None = None,
        prefix: Prefix | None = None,
        continuation_token: Token | None = None,
        fetch_owner: FetchOwner | None = None,
        start_after: StartAfter | None = None,
        request_payer: RequestPayer | None = None,
        expected_bucket_owner: AccountId | None = None,
        optional_object_attributes: OptionalObjectAttributesList | None = None,
    ) -> ListObjectsV2Output:
        raise NotImplementedError

    async def list_parts(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        key: ObjectKey,
        upload_id: MultipartUploadId,
        max_parts: MaxParts | None = None,
        part_number_marker: PartNumberMarker | None = None,
        request_payer: RequestPayer | None = None,
        expected_bucket_owner: AccountId | None = None,
        sse_customer_algorithm: SSECustomerAlgorithm | None = None,
        sse_customer_key: SSECustomerKey | None = None,
        sse_customer_key_md5: SSECustomerKeyMD5 | None = None,
    ) -> ListPartsOutput:
        raise NotImplementedError

    async def put_bucket_abac(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        abac_status: AbacStatus,
        content_md5: ContentMD5 | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_bucket_accelerate_configuration(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        accelerate_configuration: AccelerateConfiguration,
        expected_bucket_owner: AccountId | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_bucket_acl(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        acl: BucketCannedACL | None = None,
        access_control_policy: AccessControlPolicy | None = None,
        content_md5: ContentMD5 | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        grant_full_control: GrantFullControl | None = None,
        grant_read: GrantRead | None = None,
        grant_read_acp: GrantReadACP | None = None,
        grant_write: GrantWrite | None = None,
        grant_write_acp: GrantWriteACP | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_bucket_analytics_configuration(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        id: AnalyticsId,
        analytics_configuration: AnalyticsConfiguration,
        expected_bucket_owner: AccountId | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_bucket_cors(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        cors_configuration: CORSConfiguration,
        content_md5: ContentMD5 | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_bucket_encryption(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        server_side_encryption_configuration: ServerSideEncryptionConfiguration,
        content_md5: ContentMD5 | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_bucket_intelligent_tiering_configuration(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        id: IntelligentTieringId,
        intelligent_tiering_configuration: IntelligentTieringConfiguration,
        expected_bucket_owner: AccountId | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_bucket_inventory_configuration(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        id: InventoryId,
        inventory_configuration: InventoryConfiguration,
        expected_bucket_owner: AccountId | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_bucket_lifecycle(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        content_md5: ContentMD5 | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        lifecycle_configuration: LifecycleConfiguration | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_bucket_lifecycle_configuration(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        lifecycle_configuration: BucketLifecycleConfiguration | None = None,
        expected_bucket_owner: AccountId | None = None,
        transition_default_minimum_object_size: TransitionDefaultMinimumObjectSize | None = None,
    ) -> PutBucketLifecycleConfigurationOutput:
        raise NotImplementedError

    async def put_bucket_logging(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        bucket_logging_status: BucketLoggingStatus,
        content_md5: ContentMD5 | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_bucket_metrics_configuration(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        id: MetricsId,
        metrics_configuration: MetricsConfiguration,
        expected_bucket_owner: AccountId | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_bucket_notification(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        notification_configuration: NotificationConfigurationDeprecated,
        content_md5: ContentMD5 | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_bucket_notification_configuration(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        notification_configuration: NotificationConfiguration,
        expected_bucket_owner: AccountId | None = None,
        skip_destination_validation: SkipValidation | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_bucket_ownership_controls(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        ownership_controls: OwnershipControls,
        content_md5: ContentMD5 | None = None,
        expected_bucket_owner: AccountId | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_bucket_policy(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        policy: Policy,
        content_md5: ContentMD5 | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        confirm_remove_self_bucket_access: ConfirmRemoveSelfBucketAccess | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_bucket_replication(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        replication_configuration: ReplicationConfiguration,
        content_md5: ContentMD5 | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        token: ObjectLockToken | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_bucket_request_payment(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        request_payment_configuration: RequestPaymentConfiguration,
        content_md5: ContentMD5 | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_bucket_tagging(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        tagging: Tagging,
        content_md5: ContentMD5 | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_bucket_versioning(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        versioning_configuration: VersioningConfiguration,
        content_md5: ContentMD5 | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        mfa: MFA | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_bucket_website(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        website_configuration: WebsiteConfiguration,
        content_md5: ContentMD5 | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_object(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        key: ObjectKey,
        acl: ObjectCannedACL | None = None,
        body: bytes | BodyStream | None = None,
        cache_control: CacheControl | None = None,
        content_disposition: ContentDisposition | None = None,
        content_encoding: ContentEncoding | None = None,
        content_language: ContentLanguage | None = None,
        content_length: ContentLength | None = None,
        content_md5: ContentMD5 | None = None,
        content_type: ContentType | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        checksum_crc32: ChecksumCRC32 | None = None,
        checksum_crc32_c: ChecksumCRC32C | None = None,
        checksum_crc64_nvme: ChecksumCRC64NVME | None = None,
        checksum_sha1: ChecksumSHA1 | None = None,
        checksum_sha256: ChecksumSHA256 | None = None,
        checksum_sha512: ChecksumSHA512 | None = None,
        checksum_md5: ChecksumMD5 | None = None,
        checksum_xxhash64: ChecksumXXHASH64 | None = None,
        checksum_xxhash3: ChecksumXXHASH3 | None = None,
        checksum_xxhash128: ChecksumXXHASH128 | None = None,
        expires: Expires | None = None,
        if_match: IfMatch | None = None,
        if_none_match: IfNoneMatch | None = None,
        grant_full_control: GrantFullControl | None = None,
        grant_read: GrantRead | None = None,
        grant_read_acp: GrantReadACP | None = None,
        grant_write_acp: GrantWriteACP | None = None,
        write_offset_bytes: WriteOffsetBytes | None = None,
        metadata: Metadata | None = None,
        server_side_encryption: ServerSideEncryption | None = None,
        storage_class: StorageClass | None = None,
        website_redirect_location: WebsiteRedirectLocation | None = None,
        sse_customer_algorithm: SSECustomerAlgorithm | None = None,
        sse_customer_key: SSECustomerKey | None = None,
        sse_customer_key_md5: SSECustomerKeyMD5 | None = None,
        ssekms_key_id: SSEKMSKeyId | None = None,
        ssekms_encryption_context: SSEKMSEncryptionContext | None = None,
        bucket_key_enabled: BucketKeyEnabled | None = None,
        request_payer: RequestPayer | None = None,
        tagging: TaggingHeader | None = None,
        object_lock_mode: ObjectLockMode | None = None,
        object_lock_retain_until_date: ObjectLockRetainUntilDate | None = None,
        object_lock_legal_hold_status: ObjectLockLegalHoldStatus | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> PutObjectOutput:
        raise NotImplementedError

    async def put_object_acl(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        key: ObjectKey,
        acl: ObjectCannedACL | None = None,
        access_control_policy: AccessControlPolicy | None = None,
        content_md5: ContentMD5 | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        grant_full_control: GrantFullControl | None = None,
        grant_read: GrantRead | None = None,
        grant_read_acp: GrantReadACP | None = None,
        grant_write: GrantWrite | None = None,
        grant_write_acp: GrantWriteACP | None = None,
        request_payer: RequestPayer | None = None,
        version_id: ObjectVersionId | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> PutObjectAclOutput:
        raise NotImplementedError

    async def put_object_legal_hold(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        key: ObjectKey,
        legal_hold: ObjectLockLegalHold | None = None,
        request_payer: RequestPayer | None = None,
        version_id: ObjectVersionId | None = None,
        content_md5: ContentMD5 | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> PutObjectLegalHoldOutput:
        raise NotImplementedError

    async def put_object_lock_configuration(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        object_lock_configuration: ObjectLockConfiguration | None = None,
        request_payer: RequestPayer | None = None,
        token: ObjectLockToken | None = None,
        content_md5: ContentMD5 | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> PutObjectLockConfigurationOutput:
        raise NotImplementedError

    async def put_object_retention(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        key: ObjectKey,
        retention: ObjectLockRetention | None = None,
        request_payer: RequestPayer | None = None,
        version_id: ObjectVersionId | None = None,
        bypass_governance_retention: BypassGovernanceRetention | None = None,
        content_md5: ContentMD5 | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> PutObjectRetentionOutput:
        raise NotImplementedError

    async def put_object_tagging(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        key: ObjectKey,
        tagging: Tagging,
        version_id: ObjectVersionId | None = None,
        content_md5: ContentMD5 | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        expected_bucket_owner: AccountId | None = None,
        request_payer: RequestPayer | None = None,
    ) -> PutObjectTaggingOutput:
        raise NotImplementedError

    async def put_public_access_block(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        public_access_block_configuration: PublicAccessBlockConfiguration,
        content_md5: ContentMD5 | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> None:
        raise NotImplementedError

    async def rename_object(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        key: ObjectKey,
        rename_source: RenameSource,
        destination_if_match: IfMatch | None = None,
        destination_if_none_match: IfNoneMatch | None = None,
        destination_if_modified_since: IfModifiedSince | None = None,
        destination_if_unmodified_since: IfUnmodifiedSince | None = None,
        source_if_match: RenameSourceIfMatch | None = None,
        source_if_none_match: RenameSourceIfNoneMatch | None = None,
        source_if_modified_since: RenameSourceIfModifiedSince | None = None,
        source_if_unmodified_since: RenameSourceIfUnmodifiedSince | None = None,
        client_token: ClientToken | None = None,
    ) -> RenameObjectOutput:
        raise NotImplementedError

    async def restore_object(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        key: ObjectKey,
        version_id: ObjectVersionId | None = None,
        restore_request: RestoreRequest | None = None,
        request_payer: RequestPayer | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> RestoreObjectOutput:
        raise NotImplementedError

    async def select_object_content(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        key: ObjectKey,
        expression: Expression,
        expression_type: ExpressionType,
        input_serialization: InputSerialization,
        output_serialization: OutputSerialization,
        sse_customer_algorithm: SSECustomerAlgorithm | None = None,
        sse_customer_key: SSECustomerKey | None = None,
        sse_customer_key_md5: SSECustomerKeyMD5 | None = None,
        request_progress: RequestProgress | None = None,
        scan_range: ScanRange | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> SelectObjectContentOutput:
        raise NotImplementedError

    async def update_bucket_metadata_inventory_table_configuration(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        inventory_table_configuration: InventoryTableConfigurationUpdates,
        content_md5: ContentMD5 | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> None:
        raise NotImplementedError

    async def update_bucket_metadata_journal_table_configuration(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        journal_table_configuration: JournalTableConfigurationUpdates,
        content_md5: ContentMD5 | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> None:
        raise NotImplementedError

    async def update_object_encryption(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        key: ObjectKey,
        object_encryption: ObjectEncryption,
        version_id: ObjectVersionId | None = None,
        request_payer: RequestPayer | None = None,
        expected_bucket_owner: AccountId | None = None,
        content_md5: ContentMD5 | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
    ) -> UpdateObjectEncryptionResponse:
        raise NotImplementedError

    async def upload_part(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        key: ObjectKey,
        part_number: PartNumber,
        upload_id: MultipartUploadId,
        body: bytes | BodyStream | None = None,
        content_length: ContentLength | None = None,
        content_md5: ContentMD5 | None = None,
        checksum_algorithm: ChecksumAlgorithm | None = None,
        checksum_crc32: ChecksumCRC32 | None = None,
        checksum_crc32_c: ChecksumCRC32C | None = None,
        checksum_crc64_nvme: ChecksumCRC64NVME | None = None,
        checksum_sha1: ChecksumSHA1 | None = None,
        checksum_sha256: ChecksumSHA256 | None = None,
        checksum_sha512: ChecksumSHA512 | None = None,
        checksum_md5: ChecksumMD5 | None = None,
        checksum_xxhash64: ChecksumXXHASH64 | None = None,
        checksum_xxhash3: ChecksumXXHASH3 | None = None,
        checksum_xxhash128: ChecksumXXHASH128 | None = None,
        sse_customer_algorithm: SSECustomerAlgorithm | None = None,
        sse_customer_key: SSECustomerKey | None = None,
        sse_customer_key_md5: SSECustomerKeyMD5 | None = None,
        request_payer: RequestPayer | None = None,
        expected_bucket_owner: AccountId | None = None,
    ) -> UploadPartOutput:
        raise NotImplementedError

    async def upload_part_copy(
        self,
        context: RequestContext,
        *,
        bucket: BucketName,
        copy_source: CopySource,
        key: ObjectKey,
        part_number: PartNumber,
        upload_id: MultipartUploadId,
        copy_source_if_match: CopySourceIfMatch | None = None,
        copy_source_if_modified_since: CopySourceIfModifiedSince | None = None,
        copy_source_if_none_match: CopySourceIfNoneMatch | None = None,
        copy_source_if_unmodified_since: CopySourceIfUnmodifiedSince | None = None,
        copy_source_range: CopySourceRange | None = None,
        sse_customer_algorithm: SSECustomerAlgorithm | None = None,
        sse_customer_key: SSECustomerKey | None = None,
        sse_customer_key_md5: SSECustomerKeyMD5 | None = None,
        copy_source_sse_customer_algorithm: CopySourceSSECustomerAlgorithm | None = None,
        copy_source_sse_customer_key: CopySourceSSECustomerKey | None = None,
        copy_source_sse_customer_key_md5: CopySourceSSECustomerKeyMD5 | None = None,
        request_payer: RequestPayer | None = None,
        expected_bucket_owner: AccountId | None = None,
        expected_source_bucket_owner: AccountId | None = None,
    ) -> UploadPartCopyOutput:
        raise NotImplementedError

    async def write_get_object_response(
        self,
        context: RequestContext,
        *,
        request_route: RequestRoute,
        request_token: RequestToken,
        body: bytes | BodyStream | None = None,
        status_code: GetObjectResponseStatusCode | None = None,
        error_code: ErrorCode | None = None,
        error_message: ErrorMessage | None = None,
        accept_ranges: AcceptRanges | None = None,
        cache_control: CacheControl | None = None,
        content_disposition: ContentDisposition | None = None,
        content_encoding: ContentEncoding | None = None,
        content_language: ContentLanguage | None = None,
        content_length: ContentLength | None = None,
        content_range: ContentRange | None = None,
        content_type: ContentType | None = None,
        checksum_crc32: ChecksumCRC32 | None = None,
        checksum_crc32_c: ChecksumCRC32C | None = None,
        checksum_crc64_nvme: ChecksumCRC64NVME | None = None,
        checksum_sha1: ChecksumSHA1 | None = None,
        checksum_sha256: ChecksumSHA256 | None = None,
        checksum_sha512: ChecksumSHA512 | None = None,
        checksum_md5: ChecksumMD5 | None = None,
        checksum_xxhash64: ChecksumXXHASH64 | None = None,
        checksum_xxhash3: ChecksumXXHASH3 | None = None,
        checksum_xxhash128: ChecksumXXHASH128 | None = None,
        delete_marker: DeleteMarker | None = None,
        e_tag: ETag | None = None,
        expires: Expires | None = None,
        expiration: Expiration | None = None,
        last_modified: LastModified | None = None,
        missing_meta: MissingMeta | None = None,
        metadata: Metadata | None = None,
        object_lock_mode: ObjectLockMode | None = None,
        object_lock_legal_hold_status: ObjectLockLegalHoldStatus | None = None,
        object_lock_retain_until_date: ObjectLockRetainUntilDate | None = None,
        parts_count: PartsCount | None = None,
        replication_status: ReplicationStatus | None = None,
        request_charged: RequestCharged | None = None,
        restore: Restore | None = None,
        server_side_encryption: ServerSideEncryption | None = None,
        sse_customer_algorithm: SSECustomerAlgorithm | None = None,
        ssekms_key_id: SSEKMSKeyId | None = None,
        sse_customer_key_md5: SSECustomerKeyMD5 | None = None,
        storage_class: StorageClass | None = None,
        tag_count: TagCount | None = None,
        version_id: ObjectVersionId | None = None,
        bucket_key_enabled: BucketKeyEnabled | None = None,
    ) -> None:
        raise NotImplementedError
