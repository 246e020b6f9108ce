# Generated from botocore 1.43.11's firehose model (API 2015-08-04).
# Do not edit: regenerate with `python -m overcast_common.codegen firehose`.
"""Typed API of Amazon Kinesis Firehose: shapes, errors and ``FirehoseApi``."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar, Final, NotRequired, TypedDict

from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.service import OperationSpec, ServiceApi, omit_none

AWSKMSKeyARN = str
AmazonOpenSearchServerlessBufferingIntervalInSeconds = int
AmazonOpenSearchServerlessBufferingSizeInMBs = int
AmazonOpenSearchServerlessCollectionEndpoint = str
AmazonOpenSearchServerlessIndexName = str
AmazonOpenSearchServerlessRetryDurationInSeconds = int
AmazonOpenSearchServerlessS3BackupMode = str
AmazonopensearchserviceBufferingIntervalInSeconds = int
AmazonopensearchserviceBufferingSizeInMBs = int
AmazonopensearchserviceClusterEndpoint = str
AmazonopensearchserviceDomainARN = str
AmazonopensearchserviceIndexName = str
AmazonopensearchserviceIndexRotationPeriod = str
AmazonopensearchserviceRetryDurationInSeconds = int
AmazonopensearchserviceS3BackupMode = str
AmazonopensearchserviceTypeName = str
BlockSizeBytes = int
BooleanObject = bool
BucketARN = str
ClusterJDBCURL = str
CompressionFormat = str
Connectivity = str
ContentEncoding = str
CopyOptions = str
CustomTimeZone = str
Data = bytes
DataTableColumns = str
DataTableName = str
DatabaseColumnName = str
DatabaseEndpoint = str
DatabaseName = str
DatabasePort = int
DatabaseTableName = str
DatabaseType = str
DefaultDocumentIdFormat = str
DeliveryStartTimestamp = datetime
DeliveryStreamARN = str
DeliveryStreamEncryptionStatus = str
DeliveryStreamFailureType = str
DeliveryStreamName = str
DeliveryStreamStatus = str
DeliveryStreamType = str
DeliveryStreamVersionId = str
DescribeDeliveryStreamInputLimit = int
DestinationId = str
ElasticsearchBufferingIntervalInSeconds = int
ElasticsearchBufferingSizeInMBs = int
ElasticsearchClusterEndpoint = str
ElasticsearchDomainARN = str
ElasticsearchIndexName = str
ElasticsearchIndexRotationPeriod = str
ElasticsearchRetryDurationInSeconds = int
ElasticsearchS3BackupMode = str
ElasticsearchTypeName = str
ErrorCode = str
ErrorMessage = str
ErrorOutputPrefix = str
FileExtension = str
GlueDataCatalogARN = str
HECAcknowledgmentTimeoutInSeconds = int
HECEndpoint = str
HECEndpointType = str
HECToken = str
HttpEndpointAccessKey = str
HttpEndpointAttributeName = str
HttpEndpointAttributeValue = str
HttpEndpointBufferingIntervalInSeconds = int
HttpEndpointBufferingSizeInMBs = int
HttpEndpointName = str
HttpEndpointRetryDurationInSeconds = int
HttpEndpointS3BackupMode = str
HttpEndpointUrl = str
IcebergS3BackupMode = str
IntervalInSeconds = int
KeyType = str
KinesisStreamARN = str
ListDeliveryStreamsInputLimit = int
ListTagsForDeliveryStreamInputLimit = int
LogGroupName = str
LogStreamName = str
MSKClusterARN = str
NoEncryptionConfig = str
NonEmptyString = str
NonEmptyStringWithoutWhitespace = str
NonNegativeIntegerObject = int
OrcCompression = str
OrcFormatVersion = str
OrcRowIndexStride = int
OrcStripeSizeBytes = int
ParquetCompression = str
ParquetPageSizeBytes = int
ParquetWriterVersion = str
Password = str
Prefix = str
ProcessorParameterName = str
ProcessorParameterValue = str
ProcessorType = str
Proportion = float
PutResponseRecordId = str
ReadFromTimestamp = datetime
RedshiftRetryDurationInSeconds = int
RedshiftS3BackupMode = str
RetryDurationInSeconds = int
RoleARN = str
S3BackupMode = str
SSLMode = str
SecretARN = str
SizeInMBs = int
SnapshotRequestedBy = str
SnapshotStatus = str
SnowflakeAccountUrl = str
SnowflakeBufferingIntervalInSeconds = int
SnowflakeBufferingSizeInMBs = int
SnowflakeContentColumnName = str
SnowflakeDataLoadingOption = str
SnowflakeDatabase = str
SnowflakeKeyPassphrase = str
SnowflakeMetaDataColumnName = str
SnowflakePrivateKey = str
SnowflakePrivateLinkVpceId = str
SnowflakeRetryDurationInSeconds = int
SnowflakeRole = str
SnowflakeS3BackupMode = str
SnowflakeSchema = str
SnowflakeTable = str
SnowflakeUser = str
SplunkBufferingIntervalInSeconds = int
SplunkBufferingSizeInMBs = int
SplunkRetryDurationInSeconds = int
SplunkS3BackupMode = str
StringWithLettersDigitsUnderscoresDots = str
TagKey = str
TagValue = str
ThroughputHintInMBs = int
Timestamp = datetime
TopicName = str
Username = str
VpcEndpointServiceName = str
WarehouseLocation = str


class AmazonOpenSearchServerlessS3BackupModeValues:
    FailedDocumentsOnly: Final = "FailedDocumentsOnly"
    AllDocuments: Final = "AllDocuments"


class AmazonopensearchserviceIndexRotationPeriodValues:
    NoRotation: Final = "NoRotation"
    OneHour: Final = "OneHour"
    OneDay: Final = "OneDay"
    OneWeek: Final = "OneWeek"
    OneMonth: Final = "OneMonth"


class AmazonopensearchserviceS3BackupModeValues:
    FailedDocumentsOnly: Final = "FailedDocumentsOnly"
    AllDocuments: Final = "AllDocuments"


class CompressionFormatValues:
    UNCOMPRESSED: Final = "UNCOMPRESSED"
    GZIP: Final = "GZIP"
    ZIP: Final = "ZIP"
    Snappy: Final = "Snappy"
    HADOOP_SNAPPY: Final = "HADOOP_SNAPPY"


class ConnectivityValues:
    PUBLIC: Final = "PUBLIC"
    PRIVATE: Final = "PRIVATE"


class ContentEncodingValues:
    NONE: Final = "NONE"
    GZIP: Final = "GZIP"


class DatabaseTypeValues:
    MySQL: Final = "MySQL"
    PostgreSQL: Final = "PostgreSQL"


class DefaultDocumentIdFormatValues:
    FIREHOSE_DEFAULT: Final = "FIREHOSE_DEFAULT"
    NO_DOCUMENT_ID: Final = "NO_DOCUMENT_ID"


class DeliveryStreamEncryptionStatusValues:
    ENABLED: Final = "ENABLED"
    ENABLING: Final = "ENABLING"
    ENABLING_FAILED: Final = "ENABLING_FAILED"
    DISABLED: Final = "DISABLED"
    DISABLING: Final = "DISABLING"
    DISABLING_FAILED: Final = "DISABLING_FAILED"


class DeliveryStreamFailureTypeValues:
    VPC_ENDPOINT_SERVICE_NAME_NOT_FOUND: Final = "VPC_ENDPOINT_SERVICE_NAME_NOT_FOUND"
    VPC_INTERFACE_ENDPOINT_SERVICE_ACCESS_DENIED: Final = "VPC_INTERFACE_ENDPOINT_SERVICE_ACCESS_DENIED"
    RETIRE_KMS_GRANT_FAILED: Final = "RETIRE_KMS_GRANT_FAILED"
    CREATE_KMS_GRANT_FAILED: Final = "CREATE_KMS_GRANT_FAILED"
    KMS_ACCESS_DENIED: Final = "KMS_ACCESS_DENIED"
    DISABLED_KMS_KEY: Final = "DISABLED_KMS_KEY"
    INVALID_KMS_KEY: Final = "INVALID_KMS_KEY"
    KMS_KEY_NOT_FOUND: Final = "KMS_KEY_NOT_FOUND"
    KMS_OPT_IN_REQUIRED: Final = "KMS_OPT_IN_REQUIRED"
    CREATE_ENI_FAILED: Final = "CREATE_ENI_FAILED"
    DELETE_ENI_FAILED: Final = "DELETE_ENI_FAILED"
    SUBNET_NOT_FOUND: Final = "SUBNET_NOT_FOUND"
    SECURITY_GROUP_NOT_FOUND: Final = "SECURITY_GROUP_NOT_FOUND"
    ENI_ACCESS_DENIED: Final = "ENI_ACCESS_DENIED"
    SUBNET_ACCESS_DENIED: Final = "SUBNET_ACCESS_DENIED"
    SECURITY_GROUP_ACCESS_DENIED: Final = "SECURITY_GROUP_ACCESS_DENIED"
    UNKNOWN_ERROR: Final = "UNKNOWN_ERROR"


class DeliveryStreamStatusValues:
    CREATING: Final = "CREATING"
    CREATING_FAILED: Final = "CREATING_FAILED"
    DELETING: Final = "DELETING"
    DELETING_FAILED: Final = "DELETING_FAILED"
    ACTIVE: Final = "ACTIVE"


class DeliveryStreamTypeValues:
    DirectPut: Final = "DirectPut"
    KinesisStreamAsSource: Final = "KinesisStreamAsSource"
    MSKAsSource: Final = "MSKAsSource"
    DatabaseAsSource: Final = "DatabaseAsSource"


class ElasticsearchIndexRotationPeriodValues:
    NoRotation: Final = "NoRotation"
    OneHour: Final = "OneHour"
    OneDay: Final = "OneDay"
    OneWeek: Final = "OneWeek"
    OneMonth: Final = "OneMonth"


class ElasticsearchS3BackupModeValues:
    FailedDocumentsOnly: Final = "FailedDocumentsOnly"
    AllDocuments: Final = "AllDocuments"


class HECEndpointTypeValues:
    Raw: Final = "Raw"
    Event: Final = "Event"


class HttpEndpointS3BackupModeValues:
    FailedDataOnly: Final = "FailedDataOnly"
    AllData: Final = "AllData"


class IcebergS3BackupModeValues:
    FailedDataOnly: Final = "FailedDataOnly"
    AllData: Final = "AllData"


class KeyTypeValues:
    AWS_OWNED_CMK: Final = "AWS_OWNED_CMK"
    CUSTOMER_MANAGED_CMK: Final = "CUSTOMER_MANAGED_CMK"


class NoEncryptionConfigValues:
    NoEncryption: Final = "NoEncryption"


class OrcCompressionValues:
    NONE: Final = "NONE"
    ZLIB: Final = "ZLIB"
    SNAPPY: Final = "SNAPPY"


class OrcFormatVersionValues:
    V0_11: Final = "V0_11"
    V0_12: Final = "V0_12"


class ParquetCompressionValues:
    UNCOMPRESSED: Final = "UNCOMPRESSED"
    GZIP: Final = "GZIP"
    SNAPPY: Final = "SNAPPY"


class ParquetWriterVersionValues:
    V1: Final = "V1"
    V2: Final = "V2"


class ProcessorParameterNameValues:
    LambdaArn: Final = "LambdaArn"
    NumberOfRetries: Final = "NumberOfRetries"
    MetadataExtractionQuery: Final = "MetadataExtractionQuery"
    JsonParsingEngine: Final = "JsonParsingEngine"
    RoleArn: Final = "RoleArn"
    BufferSizeInMBs: Final = "BufferSizeInMBs"
    BufferIntervalInSeconds: Final = "BufferIntervalInSeconds"
    SubRecordType: Final = "SubRecordType"
    Delimiter: Final = "Delimiter"
    CompressionFormat: Final = "CompressionFormat"
    DataMessageExtraction: Final = "DataMessageExtraction"


class ProcessorTypeValues:
    RecordDeAggregation: Final = "RecordDeAggregation"
    Decompression: Final = "Decompression"
    CloudWatchLogProcessing: Final = "CloudWatchLogProcessing"
    Lambda: Final = "Lambda"
    MetadataExtraction: Final = "MetadataExtraction"
    AppendDelimiterToRecord: Final = "AppendDelimiterToRecord"


class RedshiftS3BackupModeValues:
    Disabled: Final = "Disabled"
    Enabled: Final = "Enabled"


class S3BackupModeValues:
    Disabled: Final = "Disabled"
    Enabled: Final = "Enabled"


class SSLModeValues:
    Disabled: Final = "Disabled"
    Enabled: Final = "Enabled"


class SnapshotRequestedByValues:
    USER: Final = "USER"
    FIREHOSE: Final = "FIREHOSE"


class SnapshotStatusValues:
    IN_PROGRESS: Final = "IN_PROGRESS"
    COMPLETE: Final = "COMPLETE"
    SUSPENDED: Final = "SUSPENDED"


class SnowflakeDataLoadingOptionValues:
    JSON_MAPPING: Final = "JSON_MAPPING"
    VARIANT_CONTENT_MAPPING: Final = "VARIANT_CONTENT_MAPPING"
    VARIANT_CONTENT_AND_METADATA_MAPPING: Final = "VARIANT_CONTENT_AND_METADATA_MAPPING"


class SnowflakeS3BackupModeValues:
    FailedDataOnly: Final = "FailedDataOnly"
    AllData: Final = "AllData"


class SplunkS3BackupModeValues:
    FailedEventsOnly: Final = "FailedEventsOnly"
    AllEvents: Final = "AllEvents"


class AmazonOpenSearchServerlessBufferingHints(TypedDict):
    IntervalInSeconds: NotRequired[AmazonOpenSearchServerlessBufferingIntervalInSeconds]
    SizeInMBs: NotRequired[AmazonOpenSearchServerlessBufferingSizeInMBs]


class AmazonOpenSearchServerlessDestinationConfiguration(TypedDict):
    RoleARN: RoleARN
    CollectionEndpoint: NotRequired[AmazonOpenSearchServerlessCollectionEndpoint]
    IndexName: AmazonOpenSearchServerlessIndexName
    BufferingHints: NotRequired[AmazonOpenSearchServerlessBufferingHints]
    RetryOptions: NotRequired[AmazonOpenSearchServerlessRetryOptions]
    S3BackupMode: NotRequired[AmazonOpenSearchServerlessS3BackupMode]
    S3Configuration: S3DestinationConfiguration
    ProcessingConfiguration: NotRequired[ProcessingConfiguration]
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]
    VpcConfiguration: NotRequired[VpcConfiguration]


class AmazonOpenSearchServerlessDestinationDescription(TypedDict):
    RoleARN: NotRequired[RoleARN]
    CollectionEndpoint: NotRequired[AmazonOpenSearchServerlessCollectionEndpoint]
    IndexName: NotRequired[AmazonOpenSearchServerlessIndexName]
    BufferingHints: NotRequired[AmazonOpenSearchServerlessBufferingHints]
    RetryOptions: NotRequired[AmazonOpenSearchServerlessRetryOptions]
    S3BackupMode: NotRequired[AmazonOpenSearchServerlessS3BackupMode]
    S3DestinationDescription: NotRequired[S3DestinationDescription]
    ProcessingConfiguration: NotRequired[ProcessingConfiguration]
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]
    VpcConfigurationDescription: NotRequired[VpcConfigurationDescription]


class AmazonOpenSearchServerlessDestinationUpdate(TypedDict):
    RoleARN: NotRequired[RoleARN]
    CollectionEndpoint: NotRequired[AmazonOpenSearchServerlessCollectionEndpoint]
    IndexName: NotRequired[AmazonOpenSearchServerlessIndexName]
    BufferingHints: NotRequired[AmazonOpenSearchServerlessBufferingHints]
    RetryOptions: NotRequired[AmazonOpenSearchServerlessRetryOptions]
    S3Update: NotRequired[S3DestinationUpdate]
    ProcessingConfiguration: NotRequired[ProcessingConfiguration]
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]


class AmazonOpenSearchServerlessRetryOptions(TypedDict):
    DurationInSeconds: NotRequired[AmazonOpenSearchServerlessRetryDurationInSeconds]


class AmazonopensearchserviceBufferingHints(TypedDict):
    IntervalInSeconds: NotRequired[AmazonopensearchserviceBufferingIntervalInSeconds]
    SizeInMBs: NotRequired[AmazonopensearchserviceBufferingSizeInMBs]


class AmazonopensearchserviceDestinationConfiguration(TypedDict):
    RoleARN: RoleARN
    DomainARN: NotRequired[AmazonopensearchserviceDomainARN]
    ClusterEndpoint: NotRequired[AmazonopensearchserviceClusterEndpoint]
    IndexName: AmazonopensearchserviceIndexName
    TypeName: NotRequired[AmazonopensearchserviceTypeName]
    IndexRotationPeriod: NotRequired[AmazonopensearchserviceIndexRotationPeriod]
    BufferingHints: NotRequired[AmazonopensearchserviceBufferingHints]
    RetryOptions: NotRequired[AmazonopensearchserviceRetryOptions]
    S3BackupMode: NotRequired[AmazonopensearchserviceS3BackupMode]
    S3Configuration: S3DestinationConfiguration
    ProcessingConfiguration: NotRequired[ProcessingConfiguration]
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]
    VpcConfiguration: NotRequired[VpcConfiguration]
    DocumentIdOptions: NotRequired[DocumentIdOptions]


class AmazonopensearchserviceDestinationDescription(TypedDict):
    RoleARN: NotRequired[RoleARN]
    DomainARN: NotRequired[AmazonopensearchserviceDomainARN]
    ClusterEndpoint: NotRequired[AmazonopensearchserviceClusterEndpoint]
    IndexName: NotRequired[AmazonopensearchserviceIndexName]
    TypeName: NotRequired[AmazonopensearchserviceTypeName]
    IndexRotationPeriod: NotRequired[AmazonopensearchserviceIndexRotationPeriod]
    BufferingHints: NotRequired[AmazonopensearchserviceBufferingHints]
    RetryOptions: NotRequired[AmazonopensearchserviceRetryOptions]
    S3BackupMode: NotRequired[AmazonopensearchserviceS3BackupMode]
    S3DestinationDescription: NotRequired[S3DestinationDescription]
    ProcessingConfiguration: NotRequired[ProcessingConfiguration]
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]
    VpcConfigurationDescription: NotRequired[VpcConfigurationDescription]
    DocumentIdOptions: NotRequired[DocumentIdOptions]


class AmazonopensearchserviceDestinationUpdate(TypedDict):
    RoleARN: NotRequired[RoleARN]
    DomainARN: NotRequired[AmazonopensearchserviceDomainARN]
    ClusterEndpoint: NotRequired[AmazonopensearchserviceClusterEndpoint]
    IndexName: NotRequired[AmazonopensearchserviceIndexName]
    TypeName: NotRequired[AmazonopensearchserviceTypeName]
    IndexRotationPeriod: NotRequired[AmazonopensearchserviceIndexRotationPeriod]
    BufferingHints: NotRequired[AmazonopensearchserviceBufferingHints]
    RetryOptions: NotRequired[AmazonopensearchserviceRetryOptions]
    S3Update: NotRequired[S3DestinationUpdate]
    ProcessingConfiguration: NotRequired[ProcessingConfiguration]
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]
    DocumentIdOptions: NotRequired[DocumentIdOptions]


class AmazonopensearchserviceRetryOptions(TypedDict):
    DurationInSeconds: NotRequired[AmazonopensearchserviceRetryDurationInSeconds]


class AuthenticationConfiguration(TypedDict):
    RoleARN: RoleARN
    Connectivity: Connectivity


class BufferingHints(TypedDict):
    SizeInMBs: NotRequired[SizeInMBs]
    IntervalInSeconds: NotRequired[IntervalInSeconds]


class CatalogConfiguration(TypedDict):
    CatalogARN: NotRequired[GlueDataCatalogARN]
    WarehouseLocation: NotRequired[WarehouseLocation]


class CloudWatchLoggingOptions(TypedDict):
    Enabled: NotRequired[BooleanObject]
    LogGroupName: NotRequired[LogGroupName]
    LogStreamName: NotRequired[LogStreamName]


class CopyCommand(TypedDict):
    DataTableName: DataTableName
    DataTableColumns: NotRequired[DataTableColumns]
    CopyOptions: NotRequired[CopyOptions]


class CreateDeliveryStreamInput(TypedDict):
    DeliveryStreamName: DeliveryStreamName
    DeliveryStreamType: NotRequired[DeliveryStreamType]
    DirectPutSourceConfiguration: NotRequired[DirectPutSourceConfiguration]
    KinesisStreamSourceConfiguration: NotRequired[KinesisStreamSourceConfiguration]
    DeliveryStreamEncryptionConfigurationInput: NotRequired[DeliveryStreamEncryptionConfigurationInput]
    S3DestinationConfiguration: NotRequired[S3DestinationConfiguration]
    ExtendedS3DestinationConfiguration: NotRequired[ExtendedS3DestinationConfiguration]
    RedshiftDestinationConfiguration: NotRequired[RedshiftDestinationConfiguration]
    ElasticsearchDestinationConfiguration: NotRequired[ElasticsearchDestinationConfiguration]
    AmazonopensearchserviceDestinationConfiguration: NotRequired[
        AmazonopensearchserviceDestinationConfiguration
    ]
    SplunkDestinationConfiguration: NotRequired[SplunkDestinationConfiguration]
    HttpEndpointDestinationConfiguration: NotRequired[HttpEndpointDestinationConfiguration]
    Tags: NotRequired[TagDeliveryStreamInputTagList]
    AmazonOpenSearchServerlessDestinationConfiguration: NotRequired[
        AmazonOpenSearchServerlessDestinationConfiguration
    ]
    MSKSourceConfiguration: NotRequired[MSKSourceConfiguration]
    SnowflakeDestinationConfiguration: NotRequired[SnowflakeDestinationConfiguration]
    IcebergDestinationConfiguration: NotRequired[IcebergDestinationConfiguration]
    DatabaseSourceConfiguration: NotRequired[DatabaseSourceConfiguration]


class CreateDeliveryStreamOutput(TypedDict):
    DeliveryStreamARN: NotRequired[DeliveryStreamARN]


class DataFormatConversionConfiguration(TypedDict):
    SchemaConfiguration: NotRequired[SchemaConfiguration]
    InputFormatConfiguration: NotRequired[InputFormatConfiguration]
    OutputFormatConfiguration: NotRequired[OutputFormatConfiguration]
    Enabled: NotRequired[BooleanObject]


class DatabaseColumnList(TypedDict):
    Include: NotRequired[DatabaseColumnIncludeOrExcludeList]
    Exclude: NotRequired[DatabaseColumnIncludeOrExcludeList]


class DatabaseList(TypedDict):
    Include: NotRequired[DatabaseIncludeOrExcludeList]
    Exclude: NotRequired[DatabaseIncludeOrExcludeList]


class DatabaseSnapshotInfo(TypedDict):
    Id: NonEmptyStringWithoutWhitespace
    Table: DatabaseTableName
    RequestTimestamp: Timestamp
    RequestedBy: SnapshotRequestedBy
    Status: SnapshotStatus
    FailureDescription: NotRequired[FailureDescription]


class DatabaseSourceAuthenticationConfiguration(TypedDict):
    SecretsManagerConfiguration: SecretsManagerConfiguration


class DatabaseSourceConfiguration(TypedDict):
    Type: DatabaseType
    Endpoint: DatabaseEndpoint
    Port: DatabasePort
    SSLMode: NotRequired[SSLMode]
    Databases: DatabaseList
    Tables: DatabaseTableList
    Columns: NotRequired[DatabaseColumnList]
    SurrogateKeys: NotRequired[DatabaseSurrogateKeyList]
    SnapshotWatermarkTable: DatabaseTableName
    DatabaseSourceAuthenticationConfiguration: DatabaseSourceAuthenticationConfiguration
    DatabaseSourceVPCConfiguration: DatabaseSourceVPCConfiguration


class DatabaseSourceDescription(TypedDict):
    Type: NotRequired[DatabaseType]
    Endpoint: NotRequired[DatabaseEndpoint]
    Port: NotRequired[DatabasePort]
    SSLMode: NotRequired[SSLMode]
    Databases: NotRequired[DatabaseList]
    Tables: NotRequired[DatabaseTableList]
    Columns: NotRequired[DatabaseColumnList]
    SurrogateKeys: NotRequired[DatabaseColumnIncludeOrExcludeList]
    SnapshotWatermarkTable: NotRequired[DatabaseTableName]
    SnapshotInfo: NotRequired[DatabaseSnapshotInfoList]
    DatabaseSourceAuthenticationConfiguration: NotRequired[DatabaseSourceAuthenticationConfiguration]
    DatabaseSourceVPCConfiguration: NotRequired[DatabaseSourceVPCConfiguration]


class DatabaseSourceVPCConfiguration(TypedDict):
    VpcEndpointServiceName: VpcEndpointServiceName


class DatabaseTableList(TypedDict):
    Include: NotRequired[DatabaseTableIncludeOrExcludeList]
    Exclude: NotRequired[DatabaseTableIncludeOrExcludeList]


class DeleteDeliveryStreamInput(TypedDict):
    DeliveryStreamName: DeliveryStreamName
    AllowForceDelete: NotRequired[BooleanObject]


class DeleteDeliveryStreamOutput(TypedDict):
    pass


class DeliveryStreamDescription(TypedDict):
    DeliveryStreamName: DeliveryStreamName
    DeliveryStreamARN: DeliveryStreamARN
    DeliveryStreamStatus: DeliveryStreamStatus
    FailureDescription: NotRequired[FailureDescription]
    DeliveryStreamEncryptionConfiguration: NotRequired[DeliveryStreamEncryptionConfiguration]
    DeliveryStreamType: DeliveryStreamType
    VersionId: DeliveryStreamVersionId
    CreateTimestamp: NotRequired[Timestamp]
    LastUpdateTimestamp: NotRequired[Timestamp]
    Source: NotRequired[SourceDescription]
    Destinations: DestinationDescriptionList
    HasMoreDestinations: BooleanObject


class DeliveryStreamEncryptionConfiguration(TypedDict):
    KeyARN: NotRequired[AWSKMSKeyARN]
    KeyType: NotRequired[KeyType]
    Status: NotRequired[DeliveryStreamEncryptionStatus]
    FailureDescription: NotRequired[FailureDescription]


class DeliveryStreamEncryptionConfigurationInput(TypedDict):
    KeyARN: NotRequired[AWSKMSKeyARN]
    KeyType: KeyType


class DescribeDeliveryStreamInput(TypedDict):
    DeliveryStreamName: DeliveryStreamName
    Limit: NotRequired[DescribeDeliveryStreamInputLimit]
    ExclusiveStartDestinationId: NotRequired[DestinationId]


class DescribeDeliveryStreamOutput(TypedDict):
    DeliveryStreamDescription: DeliveryStreamDescription


class Deserializer(TypedDict):
    OpenXJsonSerDe: NotRequired[OpenXJsonSerDe]
    HiveJsonSerDe: NotRequired[HiveJsonSerDe]


class DestinationDescription(TypedDict):
    DestinationId: DestinationId
    S3DestinationDescription: NotRequired[S3DestinationDescription]
    ExtendedS3DestinationDescription: NotRequired[ExtendedS3DestinationDescription]
    RedshiftDestinationDescription: NotRequired[RedshiftDestinationDescription]
    ElasticsearchDestinationDescription: NotRequired[ElasticsearchDestinationDescription]
    AmazonopensearchserviceDestinationDescription: NotRequired[AmazonopensearchserviceDestinationDescription]
    SplunkDestinationDescription: NotRequired[SplunkDestinationDescription]
    HttpEndpointDestinationDescription: NotRequired[HttpEndpointDestinationDescription]
    SnowflakeDestinationDescription: NotRequired[SnowflakeDestinationDescription]
    AmazonOpenSearchServerlessDestinationDescription: NotRequired[
        AmazonOpenSearchServerlessDestinationDescription
    ]
    IcebergDestinationDescription: NotRequired[IcebergDestinationDescription]


class DestinationTableConfiguration(TypedDict):
    DestinationTableName: StringWithLettersDigitsUnderscoresDots
    DestinationDatabaseName: StringWithLettersDigitsUnderscoresDots
    UniqueKeys: NotRequired[ListOfNonEmptyStringsWithoutWhitespace]
    PartitionSpec: NotRequired[PartitionSpec]
    S3ErrorOutputPrefix: NotRequired[ErrorOutputPrefix]


class DirectPutSourceConfiguration(TypedDict):
    ThroughputHintInMBs: ThroughputHintInMBs


class DirectPutSourceDescription(TypedDict):
    ThroughputHintInMBs: NotRequired[ThroughputHintInMBs]


class DocumentIdOptions(TypedDict):
    DefaultDocumentIdFormat: DefaultDocumentIdFormat


class DynamicPartitioningConfiguration(TypedDict):
    RetryOptions: NotRequired[RetryOptions]
    Enabled: NotRequired[BooleanObject]


class ElasticsearchBufferingHints(TypedDict):
    IntervalInSeconds: NotRequired[ElasticsearchBufferingIntervalInSeconds]
    SizeInMBs: NotRequired[ElasticsearchBufferingSizeInMBs]


class ElasticsearchDestinationConfiguration(TypedDict):
    RoleARN: RoleARN
    DomainARN: NotRequired[ElasticsearchDomainARN]
    ClusterEndpoint: NotRequired[ElasticsearchClusterEndpoint]
    IndexName: ElasticsearchIndexName
    TypeName: NotRequired[ElasticsearchTypeName]
    IndexRotationPeriod: NotRequired[ElasticsearchIndexRotationPeriod]
    BufferingHints: NotRequired[ElasticsearchBufferingHints]
    RetryOptions: NotRequired[ElasticsearchRetryOptions]
    S3BackupMode: NotRequired[ElasticsearchS3BackupMode]
    S3Configuration: S3DestinationConfiguration
    ProcessingConfiguration: NotRequired[ProcessingConfiguration]
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]
    VpcConfiguration: NotRequired[VpcConfiguration]
    DocumentIdOptions: NotRequired[DocumentIdOptions]


class ElasticsearchDestinationDescription(TypedDict):
    RoleARN: NotRequired[RoleARN]
    DomainARN: NotRequired[ElasticsearchDomainARN]
    ClusterEndpoint: NotRequired[ElasticsearchClusterEndpoint]
    IndexName: NotRequired[ElasticsearchIndexName]
    TypeName: NotRequired[ElasticsearchTypeName]
    IndexRotationPeriod: NotRequired[ElasticsearchIndexRotationPeriod]
    BufferingHints: NotRequired[ElasticsearchBufferingHints]
    RetryOptions: NotRequired[ElasticsearchRetryOptions]
    S3BackupMode: NotRequired[ElasticsearchS3BackupMode]
    S3DestinationDescription: NotRequired[S3DestinationDescription]
    ProcessingConfiguration: NotRequired[ProcessingConfiguration]
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]
    VpcConfigurationDescription: NotRequired[VpcConfigurationDescription]
    DocumentIdOptions: NotRequired[DocumentIdOptions]


class ElasticsearchDestinationUpdate(TypedDict):
    RoleARN: NotRequired[RoleARN]
    DomainARN: NotRequired[ElasticsearchDomainARN]
    ClusterEndpoint: NotRequired[ElasticsearchClusterEndpoint]
    IndexName: NotRequired[ElasticsearchIndexName]
    TypeName: NotRequired[ElasticsearchTypeName]
    IndexRotationPeriod: NotRequired[ElasticsearchIndexRotationPeriod]
    BufferingHints: NotRequired[ElasticsearchBufferingHints]
    RetryOptions: NotRequired[ElasticsearchRetryOptions]
    S3Update: NotRequired[S3DestinationUpdate]
    ProcessingConfiguration: NotRequired[ProcessingConfiguration]
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]
    DocumentIdOptions: NotRequired[DocumentIdOptions]


class ElasticsearchRetryOptions(TypedDict):
    DurationInSeconds: NotRequired[ElasticsearchRetryDurationInSeconds]


class EncryptionConfiguration(TypedDict):
    NoEncryptionConfig: NotRequired[NoEncryptionConfig]
    KMSEncryptionConfig: NotRequired[KMSEncryptionConfig]


class ExtendedS3DestinationConfiguration(TypedDict):
    RoleARN: RoleARN
    BucketARN: BucketARN
    Prefix: NotRequired[Prefix]
    ErrorOutputPrefix: NotRequired[ErrorOutputPrefix]
    BufferingHints: NotRequired[BufferingHints]
    CompressionFormat: NotRequired[CompressionFormat]
    EncryptionConfiguration: NotRequired[EncryptionConfiguration]
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]
    ProcessingConfiguration: NotRequired[ProcessingConfiguration]
    S3BackupMode: NotRequired[S3BackupMode]
    S3BackupConfiguration: NotRequired[S3DestinationConfiguration]
    DataFormatConversionConfiguration: NotRequired[DataFormatConversionConfiguration]
    DynamicPartitioningConfiguration: NotRequired[DynamicPartitioningConfiguration]
    FileExtension: NotRequired[FileExtension]
    CustomTimeZone: NotRequired[CustomTimeZone]


class ExtendedS3DestinationDescription(TypedDict):
    RoleARN: RoleARN
    BucketARN: BucketARN
    Prefix: NotRequired[Prefix]
    ErrorOutputPrefix: NotRequired[ErrorOutputPrefix]
    BufferingHints: BufferingHints
    CompressionFormat: CompressionFormat
    EncryptionConfiguration: EncryptionConfiguration
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]
    ProcessingConfiguration: NotRequired[ProcessingConfiguration]
    S3BackupMode: NotRequired[S3BackupMode]
    S3BackupDescription: NotRequired[S3DestinationDescription]
    DataFormatConversionConfiguration: NotRequired[DataFormatConversionConfiguration]
    DynamicPartitioningConfiguration: NotRequired[DynamicPartitioningConfiguration]
    FileExtension: NotRequired[FileExtension]
    CustomTimeZone: NotRequired[CustomTimeZone]


class ExtendedS3DestinationUpdate(TypedDict):
    RoleARN: NotRequired[RoleARN]
    BucketARN: NotRequired[BucketARN]
    Prefix: NotRequired[Prefix]
    ErrorOutputPrefix: NotRequired[ErrorOutputPrefix]
    BufferingHints: NotRequired[BufferingHints]
    CompressionFormat: NotRequired[CompressionFormat]
    EncryptionConfiguration: NotRequired[EncryptionConfiguration]
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]
    ProcessingConfiguration: NotRequired[ProcessingConfiguration]
    S3BackupMode: NotRequired[S3BackupMode]
    S3BackupUpdate: NotRequired[S3DestinationUpdate]
    DataFormatConversionConfiguration: NotRequired[DataFormatConversionConfiguration]
    DynamicPartitioningConfiguration: NotRequired[DynamicPartitioningConfiguration]
    FileExtension: NotRequired[FileExtension]
    CustomTimeZone: NotRequired[CustomTimeZone]


class FailureDescription(TypedDict):
    Type: DeliveryStreamFailureType
    Details: NonEmptyString


class HiveJsonSerDe(TypedDict):
    TimestampFormats: NotRequired[ListOfNonEmptyStrings]


class HttpEndpointBufferingHints(TypedDict):
    SizeInMBs: NotRequired[HttpEndpointBufferingSizeInMBs]
    IntervalInSeconds: NotRequired[HttpEndpointBufferingIntervalInSeconds]


class HttpEndpointCommonAttribute(TypedDict):
    AttributeName: HttpEndpointAttributeName
    AttributeValue: HttpEndpointAttributeValue


class HttpEndpointConfiguration(TypedDict):
    Url: HttpEndpointUrl
    Name: NotRequired[HttpEndpointName]
    AccessKey: NotRequired[HttpEndpointAccessKey]


class HttpEndpointDescription(TypedDict):
    Url: NotRequired[HttpEndpointUrl]
    Name: NotRequired[HttpEndpointName]


class HttpEndpointDestinationConfiguration(TypedDict):
    EndpointConfiguration: HttpEndpointConfiguration
    BufferingHints: NotRequired[HttpEndpointBufferingHints]
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]
    RequestConfiguration: NotRequired[HttpEndpointRequestConfiguration]
    ProcessingConfiguration: NotRequired[ProcessingConfiguration]
    RoleARN: NotRequired[RoleARN]
    RetryOptions: NotRequired[HttpEndpointRetryOptions]
    S3BackupMode: NotRequired[HttpEndpointS3BackupMode]
    S3Configuration: S3DestinationConfiguration
    SecretsManagerConfiguration: NotRequired[SecretsManagerConfiguration]


class HttpEndpointDestinationDescription(TypedDict):
    EndpointConfiguration: NotRequired[HttpEndpointDescription]
    BufferingHints: NotRequired[HttpEndpointBufferingHints]
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]
    RequestConfiguration: NotRequired[HttpEndpointRequestConfiguration]
    ProcessingConfiguration: NotRequired[ProcessingConfiguration]
    RoleARN: NotRequired[RoleARN]
    RetryOptions: NotRequired[HttpEndpointRetryOptions]
    S3BackupMode: NotRequired[HttpEndpointS3BackupMode]
    S3DestinationDescription: NotRequired[S3DestinationDescription]
    SecretsManagerConfiguration: NotRequired[SecretsManagerConfiguration]


class HttpEndpointDestinationUpdate(TypedDict):
    EndpointConfiguration: NotRequired[HttpEndpointConfiguration]
    BufferingHints: NotRequired[HttpEndpointBufferingHints]
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]
    RequestConfiguration: NotRequired[HttpEndpointRequestConfiguration]
    ProcessingConfiguration: NotRequired[ProcessingConfiguration]
    RoleARN: NotRequired[RoleARN]
    RetryOptions: NotRequired[HttpEndpointRetryOptions]
    S3BackupMode: NotRequired[HttpEndpointS3BackupMode]
    S3Update: NotRequired[S3DestinationUpdate]
    SecretsManagerConfiguration: NotRequired[SecretsManagerConfiguration]


class HttpEndpointRequestConfiguration(TypedDict):
    ContentEncoding: NotRequired[ContentEncoding]
    CommonAttributes: NotRequired[HttpEndpointCommonAttributesList]


class HttpEndpointRetryOptions(TypedDict):
    DurationInSeconds: NotRequired[HttpEndpointRetryDurationInSeconds]


class IcebergDestinationConfiguration(TypedDict):
    DestinationTableConfigurationList: NotRequired[DestinationTableConfigurationList]
    SchemaEvolutionConfiguration: NotRequired[SchemaEvolutionConfiguration]
    TableCreationConfiguration: NotRequired[TableCreationConfiguration]
    BufferingHints: NotRequired[BufferingHints]
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]
    ProcessingConfiguration: NotRequired[ProcessingConfiguration]
    S3BackupMode: NotRequired[IcebergS3BackupMode]
    RetryOptions: NotRequired[RetryOptions]
    RoleARN: RoleARN
    AppendOnly: NotRequired[BooleanObject]
    CatalogConfiguration: CatalogConfiguration
    S3Configuration: S3DestinationConfiguration


class IcebergDestinationDescription(TypedDict):
    DestinationTableConfigurationList: NotRequired[DestinationTableConfigurationList]
    SchemaEvolutionConfiguration: NotRequired[SchemaEvolutionConfiguration]
    TableCreationConfiguration: NotRequired[TableCreationConfiguration]
    BufferingHints: NotRequired[BufferingHints]
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]
    ProcessingConfiguration: NotRequired[ProcessingConfiguration]
    S3BackupMode: NotRequired[IcebergS3BackupMode]
    RetryOptions: NotRequired[RetryOptions]
    RoleARN: NotRequired[RoleARN]
    AppendOnly: NotRequired[BooleanObject]
    CatalogConfiguration: NotRequired[CatalogConfiguration]
    S3DestinationDescription: NotRequired[S3DestinationDescription]


class IcebergDestinationUpdate(TypedDict):
    DestinationTableConfigurationList: NotRequired[DestinationTableConfigurationList]
    SchemaEvolutionConfiguration: NotRequired[SchemaEvolutionConfiguration]
    TableCreationConfiguration: NotRequired[TableCreationConfiguration]
    BufferingHints: NotRequired[BufferingHints]
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]
    ProcessingConfiguration: NotRequired[ProcessingConfiguration]
    S3BackupMode: NotRequired[IcebergS3BackupMode]
    RetryOptions: NotRequired[RetryOptions]
    RoleARN: NotRequired[RoleARN]
    AppendOnly: NotRequired[BooleanObject]
    CatalogConfiguration: NotRequired[CatalogConfiguration]
    S3Configuration: NotRequired[S3DestinationConfiguration]


class InputFormatConfiguration(TypedDict):
    Deserializer: NotRequired[Deserializer]


class KMSEncryptionConfig(TypedDict):
    AWSKMSKeyARN: AWSKMSKeyARN


class KinesisStreamSourceConfiguration(TypedDict):
    KinesisStreamARN: KinesisStreamARN
    RoleARN: RoleARN


class KinesisStreamSourceDescription(TypedDict):
    KinesisStreamARN: NotRequired[KinesisStreamARN]
    RoleARN: NotRequired[RoleARN]
    DeliveryStartTimestamp: NotRequired[DeliveryStartTimestamp]


class ListDeliveryStreamsInput(TypedDict):
    Limit: NotRequired[ListDeliveryStreamsInputLimit]
    DeliveryStreamType: NotRequired[DeliveryStreamType]
    ExclusiveStartDeliveryStreamName: NotRequired[DeliveryStreamName]


class ListDeliveryStreamsOutput(TypedDict):
    DeliveryStreamNames: DeliveryStreamNameList
    HasMoreDeliveryStreams: BooleanObject


class ListTagsForDeliveryStreamInput(TypedDict):
    DeliveryStreamName: DeliveryStreamName
    ExclusiveStartTagKey: NotRequired[TagKey]
    Limit: NotRequired[ListTagsForDeliveryStreamInputLimit]


class ListTagsForDeliveryStreamOutput(TypedDict):
    Tags: ListTagsForDeliveryStreamOutputTagList
    HasMoreTags: BooleanObject


class MSKSourceConfiguration(TypedDict):
    MSKClusterARN: MSKClusterARN
    TopicName: TopicName
    AuthenticationConfiguration: AuthenticationConfiguration
    ReadFromTimestamp: NotRequired[ReadFromTimestamp]


class MSKSourceDescription(TypedDict):
    MSKClusterARN: NotRequired[MSKClusterARN]
    TopicName: NotRequired[TopicName]
    AuthenticationConfiguration: NotRequired[AuthenticationConfiguration]
    DeliveryStartTimestamp: NotRequired[DeliveryStartTimestamp]
    ReadFromTimestamp: NotRequired[ReadFromTimestamp]


class OpenXJsonSerDe(TypedDict):
    ConvertDotsInJsonKeysToUnderscores: NotRequired[BooleanObject]
    CaseInsensitive: NotRequired[BooleanObject]
    ColumnToJsonKeyMappings: NotRequired[ColumnToJsonKeyMappings]


class OrcSerDe(TypedDict):
    StripeSizeBytes: NotRequired[OrcStripeSizeBytes]
    BlockSizeBytes: NotRequired[BlockSizeBytes]
    RowIndexStride: NotRequired[OrcRowIndexStride]
    EnablePadding: NotRequired[BooleanObject]
    PaddingTolerance: NotRequired[Proportion]
    Compression: NotRequired[OrcCompression]
    BloomFilterColumns: NotRequired[ListOfNonEmptyStringsWithoutWhitespace]
    BloomFilterFalsePositiveProbability: NotRequired[Proportion]
    DictionaryKeyThreshold: NotRequired[Proportion]
    FormatVersion: NotRequired[OrcFormatVersion]


class OutputFormatConfiguration(TypedDict):
    Serializer: NotRequired[Serializer]


class ParquetSerDe(TypedDict):
    BlockSizeBytes: NotRequired[BlockSizeBytes]
    PageSizeBytes: NotRequired[ParquetPageSizeBytes]
    Compression: NotRequired[ParquetCompression]
    EnableDictionaryCompression: NotRequired[BooleanObject]
    MaxPaddingBytes: NotRequired[NonNegativeIntegerObject]
    WriterVersion: NotRequired[ParquetWriterVersion]


class PartitionField(TypedDict):
    SourceName: NonEmptyStringWithoutWhitespace


class PartitionSpec(TypedDict):
    Identity: NotRequired[PartitionFields]


class ProcessingConfiguration(TypedDict):
    Enabled: NotRequired[BooleanObject]
    Processors: NotRequired[ProcessorList]


class Processor(TypedDict):
    Type: ProcessorType
    Parameters: NotRequired[ProcessorParameterList]


class ProcessorParameter(TypedDict):
    ParameterName: ProcessorParameterName
    ParameterValue: ProcessorParameterValue


class PutRecordBatchInput(TypedDict):
    DeliveryStreamName: DeliveryStreamName
    Records: PutRecordBatchRequestEntryList


class PutRecordBatchOutput(TypedDict):
    FailedPutCount: NonNegativeIntegerObject
    Encrypted: NotRequired[BooleanObject]
    RequestResponses: PutRecordBatchResponseEntryList


class PutRecordBatchResponseEntry(TypedDict):
    RecordId: NotRequired[PutResponseRecordId]
    ErrorCode: NotRequired[ErrorCode]
    ErrorMessage: NotRequired[ErrorMessage]


class PutRecordInput(TypedDict):
    DeliveryStreamName: DeliveryStreamName
    Record: Record


class PutRecordOutput(TypedDict):
    RecordId: PutResponseRecordId
    Encrypted: NotRequired[BooleanObject]


class Record(TypedDict):
    Data: Data


class RedshiftDestinationConfiguration(TypedDict):
    RoleARN: RoleARN
    ClusterJDBCURL: ClusterJDBCURL
    CopyCommand: CopyCommand
    Username: NotRequired[Username]
    Password: NotRequired[Password]
    RetryOptions: NotRequired[RedshiftRetryOptions]
    S3Configuration: S3DestinationConfiguration
    ProcessingConfiguration: NotRequired[ProcessingConfiguration]
    S3BackupMode: NotRequired[RedshiftS3BackupMode]
    S3BackupConfiguration: NotRequired[S3DestinationConfiguration]
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]
    SecretsManagerConfiguration: NotRequired[SecretsManagerConfiguration]


class RedshiftDestinationDescription(TypedDict):
    RoleARN: RoleARN
    ClusterJDBCURL: ClusterJDBCURL
    CopyCommand: CopyCommand
    Username: NotRequired[Username]
    RetryOptions: NotRequired[RedshiftRetryOptions]
    S3DestinationDescription: S3DestinationDescription
    ProcessingConfiguration: NotRequired[ProcessingConfiguration]
    S3BackupMode: NotRequired[RedshiftS3BackupMode]
    S3BackupDescription: NotRequired[S3DestinationDescription]
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]
    SecretsManagerConfiguration: NotRequired[SecretsManagerConfiguration]


class RedshiftDestinationUpdate(TypedDict):
    RoleARN: NotRequired[RoleARN]
    ClusterJDBCURL: NotRequired[ClusterJDBCURL]
    CopyCommand: NotRequired[CopyCommand]
    Username: NotRequired[Username]
    Password: NotRequired[Password]
    RetryOptions: NotRequired[RedshiftRetryOptions]
    S3Update: NotRequired[S3DestinationUpdate]
    ProcessingConfiguration: NotRequired[ProcessingConfiguration]
    S3BackupMode: NotRequired[RedshiftS3BackupMode]
    S3BackupUpdate: NotRequired[S3DestinationUpdate]
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]
    SecretsManagerConfiguration: NotRequired[SecretsManagerConfiguration]


class RedshiftRetryOptions(TypedDict):
    DurationInSeconds: NotRequired[RedshiftRetryDurationInSeconds]


class RetryOptions(TypedDict):
    DurationInSeconds: NotRequired[RetryDurationInSeconds]


class S3DestinationConfiguration(TypedDict):
    RoleARN: RoleARN
    BucketARN: BucketARN
    Prefix: NotRequired[Prefix]
    ErrorOutputPrefix: NotRequired[ErrorOutputPrefix]
    BufferingHints: NotRequired[BufferingHints]
    CompressionFormat: NotRequired[CompressionFormat]
    EncryptionConfiguration: NotRequired[EncryptionConfiguration]
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]


class S3DestinationDescription(TypedDict):
    RoleARN: RoleARN
    BucketARN: BucketARN
    Prefix: NotRequired[Prefix]
    ErrorOutputPrefix: NotRequired[ErrorOutputPrefix]
    BufferingHints: BufferingHints
    CompressionFormat: CompressionFormat
    EncryptionConfiguration: EncryptionConfiguration
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]


class S3DestinationUpdate(TypedDict):
    RoleARN: NotRequired[RoleARN]
    BucketARN: NotRequired[BucketARN]
    Prefix: NotRequired[Prefix]
    ErrorOutputPrefix: NotRequired[ErrorOutputPrefix]
    BufferingHints: NotRequired[BufferingHints]
    CompressionFormat: NotRequired[CompressionFormat]
    EncryptionConfiguration: NotRequired[EncryptionConfiguration]
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]


class SchemaConfiguration(TypedDict):
    RoleARN: NotRequired[NonEmptyStringWithoutWhitespace]
    CatalogId: NotRequired[NonEmptyStringWithoutWhitespace]
    DatabaseName: NotRequired[NonEmptyStringWithoutWhitespace]
    TableName: NotRequired[NonEmptyStringWithoutWhitespace]
    Region: NotRequired[NonEmptyStringWithoutWhitespace]
    VersionId: NotRequired[NonEmptyStringWithoutWhitespace]


class SchemaEvolutionConfiguration(TypedDict):
    Enabled: BooleanObject


class SecretsManagerConfiguration(TypedDict):
    SecretARN: NotRequired[SecretARN]
    RoleARN: NotRequired[RoleARN]
    Enabled: BooleanObject


class Serializer(TypedDict):
    ParquetSerDe: NotRequired[ParquetSerDe]
    OrcSerDe: NotRequired[OrcSerDe]


class SnowflakeBufferingHints(TypedDict):
    SizeInMBs: NotRequired[SnowflakeBufferingSizeInMBs]
    IntervalInSeconds: NotRequired[SnowflakeBufferingIntervalInSeconds]


class SnowflakeDestinationConfiguration(TypedDict):
    AccountUrl: SnowflakeAccountUrl
    PrivateKey: NotRequired[SnowflakePrivateKey]
    KeyPassphrase: NotRequired[SnowflakeKeyPassphrase]
    User: NotRequired[SnowflakeUser]
    Database: SnowflakeDatabase
    Schema: SnowflakeSchema
    Table: SnowflakeTable
    SnowflakeRoleConfiguration: NotRequired[SnowflakeRoleConfiguration]
    DataLoadingOption: NotRequired[SnowflakeDataLoadingOption]
    MetaDataColumnName: NotRequired[SnowflakeMetaDataColumnName]
    ContentColumnName: NotRequired[SnowflakeContentColumnName]
    SnowflakeVpcConfiguration: NotRequired[SnowflakeVpcConfiguration]
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]
    ProcessingConfiguration: NotRequired[ProcessingConfiguration]
    RoleARN: RoleARN
    RetryOptions: NotRequired[SnowflakeRetryOptions]
    S3BackupMode: NotRequired[SnowflakeS3BackupMode]
    S3Configuration: S3DestinationConfiguration
    SecretsManagerConfiguration: NotRequired[SecretsManagerConfiguration]
    BufferingHints: NotRequired[SnowflakeBufferingHints]


class SnowflakeDestinationDescription(TypedDict):
    AccountUrl: NotRequired[SnowflakeAccountUrl]
    User: NotRequired[SnowflakeUser]
    Database: NotRequired[SnowflakeDatabase]
    Schema: NotRequired[SnowflakeSchema]
    Table: NotRequired[SnowflakeTable]
    SnowflakeRoleConfiguration: NotRequired[SnowflakeRoleConfiguration]
    DataLoadingOption: NotRequired[SnowflakeDataLoadingOption]
    MetaDataColumnName: NotRequired[SnowflakeMetaDataColumnName]
    ContentColumnName: NotRequired[SnowflakeContentColumnName]
    SnowflakeVpcConfiguration: NotRequired[SnowflakeVpcConfiguration]
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]
    ProcessingConfiguration: NotRequired[ProcessingConfiguration]
    RoleARN: NotRequired[RoleARN]
    RetryOptions: NotRequired[SnowflakeRetryOptions]
    S3BackupMode: NotRequired[SnowflakeS3BackupMode]
    S3DestinationDescription: NotRequired[S3DestinationDescription]
    SecretsManagerConfiguration: NotRequired[SecretsManagerConfiguration]
    BufferingHints: NotRequired[SnowflakeBufferingHints]


class SnowflakeDestinationUpdate(TypedDict):
    AccountUrl: NotRequired[SnowflakeAccountUrl]
    PrivateKey: NotRequired[SnowflakePrivateKey]
    KeyPassphrase: NotRequired[SnowflakeKeyPassphrase]
    User: NotRequired[SnowflakeUser]
    Database: NotRequired[SnowflakeDatabase]
    Schema: NotRequired[SnowflakeSchema]
    Table: NotRequired[SnowflakeTable]
    SnowflakeRoleConfiguration: NotRequired[SnowflakeRoleConfiguration]
    DataLoadingOption: NotRequired[SnowflakeDataLoadingOption]
    MetaDataColumnName: NotRequired[SnowflakeMetaDataColumnName]
    ContentColumnName: NotRequired[SnowflakeContentColumnName]
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]
    ProcessingConfiguration: NotRequired[ProcessingConfiguration]
    RoleARN: NotRequired[RoleARN]
    RetryOptions: NotRequired[SnowflakeRetryOptions]
    S3BackupMode: NotRequired[SnowflakeS3BackupMode]
    S3Update: NotRequired[S3DestinationUpdate]
    SecretsManagerConfiguration: NotRequired[SecretsManagerConfiguration]
    BufferingHints: NotRequired[SnowflakeBufferingHints]


class SnowflakeRetryOptions(TypedDict):
    DurationInSeconds: NotRequired[SnowflakeRetryDurationInSeconds]


class SnowflakeRoleConfiguration(TypedDict):
    Enabled: NotRequired[BooleanObject]
    SnowflakeRole: NotRequired[SnowflakeRole]


class SnowflakeVpcConfiguration(TypedDict):
    PrivateLinkVpceId: SnowflakePrivateLinkVpceId


class SourceDescription(TypedDict):
    DirectPutSourceDescription: NotRequired[DirectPutSourceDescription]
    KinesisStreamSourceDescription: NotRequired[KinesisStreamSourceDescription]
    MSKSourceDescription: NotRequired[MSKSourceDescription]
    DatabaseSourceDescription: NotRequired[DatabaseSourceDescription]


class SplunkBufferingHints(TypedDict):
    IntervalInSeconds: NotRequired[SplunkBufferingIntervalInSeconds]
    SizeInMBs: NotRequired[SplunkBufferingSizeInMBs]


class SplunkDestinationConfiguration(TypedDict):
    HECEndpoint: HECEndpoint
    HECEndpointType: HECEndpointType
    HECToken: NotRequired[HECToken]
    HECAcknowledgmentTimeoutInSeconds: NotRequired[HECAcknowledgmentTimeoutInSeconds]
    RetryOptions: NotRequired[SplunkRetryOptions]
    S3BackupMode: NotRequired[SplunkS3BackupMode]
    S3Configuration: S3DestinationConfiguration
    ProcessingConfiguration: NotRequired[ProcessingConfiguration]
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]
    BufferingHints: NotRequired[SplunkBufferingHints]
    SecretsManagerConfiguration: NotRequired[SecretsManagerConfiguration]


class SplunkDestinationDescription(TypedDict):
    HECEndpoint: NotRequired[HECEndpoint]
    HECEndpointType: NotRequired[HECEndpointType]
    HECToken: NotRequired[HECToken]
    HECAcknowledgmentTimeoutInSeconds: NotRequired[HECAcknowledgmentTimeoutInSeconds]
    RetryOptions: NotRequired[SplunkRetryOptions]
    S3BackupMode: NotRequired[SplunkS3BackupMode]
    S3DestinationDescription: NotRequired[S3DestinationDescription]
    ProcessingConfiguration: NotRequired[ProcessingConfiguration]
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]
    BufferingHints: NotRequired[SplunkBufferingHints]
    SecretsManagerConfiguration: NotRequired[SecretsManagerConfiguration]


class SplunkDestinationUpdate(TypedDict):
    HECEndpoint: NotRequired[HECEndpoint]
    HECEndpointType: NotRequired[HECEndpointType]
    HECToken: NotRequired[HECToken]
    HECAcknowledgmentTimeoutInSeconds: NotRequired[HECAcknowledgmentTimeoutInSeconds]
    RetryOptions: NotRequired[SplunkRetryOptions]
    S3BackupMode: NotRequired[SplunkS3BackupMode]
    S3Update: NotRequired[S3DestinationUpdate]
    ProcessingConfiguration: NotRequired[ProcessingConfiguration]
    CloudWatchLoggingOptions: NotRequired[CloudWatchLoggingOptions]
    BufferingHints: NotRequired[SplunkBufferingHints]
    SecretsManagerConfiguration: NotRequired[SecretsManagerConfiguration]


class SplunkRetryOptions(TypedDict):
    DurationInSeconds: NotRequired[SplunkRetryDurationInSeconds]


class StartDeliveryStreamEncryptionInput(TypedDict):
    DeliveryStreamName: DeliveryStreamName
    DeliveryStreamEncryptionConfigurationInput: NotRequired[DeliveryStreamEncryptionConfigurationInput]


class StartDeliveryStreamEncryptionOutput(TypedDict):
    pass


class StopDeliveryStreamEncryptionInput(TypedDict):
    DeliveryStreamName: DeliveryStreamName


class StopDeliveryStreamEncryptionOutput(TypedDict):
    pass


class TableCreationConfiguration(TypedDict):
    Enabled: BooleanObject


class Tag(TypedDict):
    Key: TagKey
    Value: NotRequired[TagValue]


class TagDeliveryStreamInput(TypedDict):
    DeliveryStreamName: DeliveryStreamName
    Tags: TagDeliveryStreamInputTagList


class TagDeliveryStreamOutput(TypedDict):
    pass


class UntagDeliveryStreamInput(TypedDict):
    DeliveryStreamName: DeliveryStreamName
    TagKeys: TagKeyList


class UntagDeliveryStreamOutput(TypedDict):
    pass


class UpdateDestinationInput(TypedDict):
    DeliveryStreamName: DeliveryStreamName
    CurrentDeliveryStreamVersionId: DeliveryStreamVersionId
    DestinationId: DestinationId
    S3DestinationUpdate: NotRequired[S3DestinationUpdate]
    ExtendedS3DestinationUpdate: NotRequired[ExtendedS3DestinationUpdate]
    RedshiftDestinationUpdate: NotRequired[RedshiftDestinationUpdate]
    ElasticsearchDestinationUpdate: NotRequired[ElasticsearchDestinationUpdate]
    AmazonopensearchserviceDestinationUpdate: NotRequired[AmazonopensearchserviceDestinationUpdate]
    SplunkDestinationUpdate: NotRequired[SplunkDestinationUpdate]
    HttpEndpointDestinationUpdate: NotRequired[HttpEndpointDestinationUpdate]
    AmazonOpenSearchServerlessDestinationUpdate: NotRequired[AmazonOpenSearchServerlessDestinationUpdate]
    SnowflakeDestinationUpdate: NotRequired[SnowflakeDestinationUpdate]
    IcebergDestinationUpdate: NotRequired[IcebergDestinationUpdate]


class UpdateDestinationOutput(TypedDict):
    pass


class VpcConfiguration(TypedDict):
    SubnetIds: SubnetIdList
    RoleARN: RoleARN
    SecurityGroupIds: SecurityGroupIdList


class VpcConfigurationDescription(TypedDict):
    SubnetIds: SubnetIdList
    RoleARN: RoleARN
    SecurityGroupIds: SecurityGroupIdList
    VpcId: NonEmptyStringWithoutWhitespace


ColumnToJsonKeyMappings = dict[NonEmptyStringWithoutWhitespace, NonEmptyString]
DatabaseColumnIncludeOrExcludeList = list[DatabaseColumnName]
DatabaseIncludeOrExcludeList = list[DatabaseName]
DatabaseSnapshotInfoList = list[DatabaseSnapshotInfo]
DatabaseSurrogateKeyList = list[NonEmptyStringWithoutWhitespace]
DatabaseTableIncludeOrExcludeList = list[DatabaseTableName]
DeliveryStreamNameList = list[DeliveryStreamName]
DestinationDescriptionList = list[DestinationDescription]
DestinationTableConfigurationList = list[DestinationTableConfiguration]
HttpEndpointCommonAttributesList = list[HttpEndpointCommonAttribute]
ListOfNonEmptyStrings = list[NonEmptyString]
ListOfNonEmptyStringsWithoutWhitespace = list[NonEmptyStringWithoutWhitespace]
ListTagsForDeliveryStreamOutputTagList = list[Tag]
PartitionFields = list[PartitionField]
ProcessorList = list[Processor]
ProcessorParameterList = list[ProcessorParameter]
PutRecordBatchRequestEntryList = list[Record]
PutRecordBatchResponseEntryList = list[PutRecordBatchResponseEntry]
SecurityGroupIdList = list[NonEmptyStringWithoutWhitespace]
SubnetIdList = list[NonEmptyStringWithoutWhitespace]
TagDeliveryStreamInputTagList = list[Tag]
TagKeyList = list[TagKey]


class ConcurrentModificationException(ServiceError):
    code = "ConcurrentModificationException"
    query_code: ClassVar[str] = "ConcurrentModificationException"
    shape_name: ClassVar[str] = "ConcurrentModificationException"
    status_code = 400
    sender_fault = True


class InvalidArgumentException(ServiceError):
    code = "InvalidArgumentException"
    query_code: ClassVar[str] = "InvalidArgumentException"
    shape_name: ClassVar[str] = "InvalidArgumentException"
    status_code = 400
    sender_fault = True


class InvalidKMSResourceException(ServiceError):
    code = "InvalidKMSResourceException"
    query_code: ClassVar[str] = "InvalidKMSResourceException"
    shape_name: ClassVar[str] = "InvalidKMSResourceException"
    status_code = 400
    sender_fault = True

    def __init__(self, message: str = "", *, code: ErrorCode | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"code": code}))


class InvalidSourceException(ServiceError):
    code = "InvalidSourceException"
    query_code: ClassVar[str] = "InvalidSourceException"
    shape_name: ClassVar[str] = "InvalidSourceException"
    status_code = 400
    sender_fault = True

    def __init__(self, message: str = "", *, code: ErrorCode | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"code": code}))


class LimitExceededException(ServiceError):
    code = "LimitExceededException"
    query_code: ClassVar[str] = "LimitExceededException"
    shape_name: ClassVar[str] = "LimitExceededException"
    status_code = 400
    sender_fault = True


class ResourceInUseException(ServiceError):
    code = "ResourceInUseException"
    query_code: ClassVar[str] = "ResourceInUseException"
    shape_name: ClassVar[str] = "ResourceInUseException"
    status_code = 400
    sender_fault = True


class ResourceNotFoundException(ServiceError):
    code = "ResourceNotFoundException"
    query_code: ClassVar[str] = "ResourceNotFoundException"
    shape_name: ClassVar[str] = "ResourceNotFoundException"
    status_code = 400
    sender_fault = True


class ServiceUnavailableException(ServiceError):
    code = "ServiceUnavailableException"
    query_code: ClassVar[str] = "ServiceUnavailableException"
    shape_name: ClassVar[str] = "ServiceUnavailableException"
    status_code = 400
    sender_fault = True


ERRORS: dict[str, type[ServiceError]] = {
    "ConcurrentModificationException": ConcurrentModificationException,
    "InvalidArgumentException": InvalidArgumentException,
    "InvalidKMSResourceException": InvalidKMSResourceException,
    "InvalidSourceException": InvalidSourceException,
    "LimitExceededException": LimitExceededException,
    "ResourceInUseException": ResourceInUseException,
    "ResourceNotFoundException": ResourceNotFoundException,
    "ServiceUnavailableException": ServiceUnavailableException,
}


class FirehoseApi(ServiceApi):
    service = "firehose"
    iam_prefix = "firehose"
    operations: ClassVar[dict[str, OperationSpec]] = {
        "CreateDeliveryStream": OperationSpec(
            "create_delivery_stream",
            {
                "DeliveryStreamName": "delivery_stream_name",
                "DeliveryStreamType": "delivery_stream_type",
                "DirectPutSourceConfiguration": "direct_put_source_configuration",
                "KinesisStreamSourceConfiguration": "kinesis_stream_source_configuration",
                "DeliveryStreamEncryptionConfigurationInput": "delivery_stream_encryption_configuration_input",
                "S3DestinationConfiguration": "s3_destination_configuration",
                "ExtendedS3DestinationConfiguration": "extended_s3_destination_configuration",
                "RedshiftDestinationConfiguration": "redshift_destination_configuration",
                "ElasticsearchDestinationConfiguration": "elasticsearch_destination_configuration",
                "AmazonopensearchserviceDestinationConfiguration": "amazonopensearchservice_destination_configuration",
                "SplunkDestinationConfiguration": "splunk_destination_configuration",
                "HttpEndpointDestinationConfiguration": "http_endpoint_destination_configuration",
                "Tags": "tags",
                "AmazonOpenSearchServerlessDestinationConfiguration": "amazon_open_search_serverless_destination_configuration",
                "MSKSourceConfiguration": "msk_source_configuration",
                "SnowflakeDestinationConfiguration": "snowflake_destination_configuration",
                "IcebergDestinationConfiguration": "iceberg_destination_configuration",
                "DatabaseSourceConfiguration": "database_source_configuration",
            },
        ),
        "DeleteDeliveryStream": OperationSpec(
            "delete_delivery_stream",
            {"DeliveryStreamName": "delivery_stream_name", "AllowForceDelete": "allow_force_delete"},
        ),
        "DescribeDeliveryStream": OperationSpec(
            "describe_delivery_stream",
            {
                "DeliveryStreamName": "delivery_stream_name",
                "Limit": "limit",
                "ExclusiveStartDestinationId": "exclusive_start_destination_id",
            },
        ),
        "ListDeliveryStreams": OperationSpec(
            "list_delivery_streams",
            {
                "Limit": "limit",
                "DeliveryStreamType": "delivery_stream_type",
                "ExclusiveStartDeliveryStreamName": "exclusive_start_delivery_stream_name",
            },
        ),
        "ListTagsForDeliveryStream": OperationSpec(
            "list_tags_for_delivery_stream",
            {
                "DeliveryStreamName": "delivery_stream_name",
                "ExclusiveStartTagKey": "exclusive_start_tag_key",
                "Limit": "limit",
            },
        ),
        "PutRecord": OperationSpec(
            "put_record", {"DeliveryStreamName": "delivery_stream_name", "Record": "record"}
        ),
        "PutRecordBatch": OperationSpec(
            "put_record_batch", {"DeliveryStreamName": "delivery_stream_name", "Records": "records"}
        ),
        "StartDeliveryStreamEncryption": OperationSpec(
            "start_delivery_stream_encryption",
            {
                "DeliveryStreamName": "delivery_stream_name",
                "DeliveryStreamEncryptionConfigurationInput": "delivery_stream_encryption_configuration_input",
            },
        ),
        "StopDeliveryStreamEncryption": OperationSpec(
            "stop_delivery_stream_encryption", {"DeliveryStreamName": "delivery_stream_name"}
        ),
        "TagDeliveryStream": OperationSpec(
            "tag_delivery_stream", {"DeliveryStreamName": "delivery_stream_name", "Tags": "tags"}
        ),
        "UntagDeliveryStream": OperationSpec(
            "untag_delivery_stream", {"DeliveryStreamName": "delivery_stream_name", "TagKeys": "tag_keys"}
        ),
        "UpdateDestination": OperationSpec(
            "update_destination",
            {
                "DeliveryStreamName": "delivery_stream_name",
                "CurrentDeliveryStreamVersionId": "current_delivery_stream_version_id",
                "DestinationId": "destination_id",
                "S3DestinationUpdate": "s3_destination_update",
                "ExtendedS3DestinationUpdate": "extended_s3_destination_update",
                "RedshiftDestinationUpdate": "redshift_destination_update",
                "ElasticsearchDestinationUpdate": "elasticsearch_destination_update",
                "AmazonopensearchserviceDestinationUpdate": "amazonopensearchservice_destination_update",
                "SplunkDestinationUpdate": "splunk_destination_update",
                "HttpEndpointDestinationUpdate": "http_endpoint_destination_update",
                "AmazonOpenSearchServerlessDestinationUpdate": "amazon_open_search_serverless_destination_update",
                "SnowflakeDestinationUpdate": "snowflake_destination_update",
                "IcebergDestinationUpdate": "iceberg_destination_update",
            },
        ),
    }

    async def create_delivery_stream(
        self,
        context: RequestContext,
        *,
        delivery_stream_name: DeliveryStreamName,
        delivery_stream_type: DeliveryStreamType | None = None,
        direct_put_source_configuration: DirectPutSourceConfiguration | None = None,
        kinesis_stream_source_configuration: KinesisStreamSourceConfiguration | None = None,
        delivery_stream_encryption_configuration_input: DeliveryStreamEncryptionConfigurationInput
        | None = None,
        s3_destination_configuration: S3DestinationConfiguration | None = None,
        extended_s3_destination_configuration: ExtendedS3DestinationConfiguration | None = None,
        redshift_destination_configuration: RedshiftDestinationConfiguration | None = None,
        elasticsearch_destination_configuration: ElasticsearchDestinationConfiguration | None = None,
        amazonopensearchservice_destination_configuration: AmazonopensearchserviceDestinationConfiguration
        | None = None,
        splunk_destination_configuration: SplunkDestinationConfiguration | None = None,
        http_endpoint_destination_configuration: HttpEndpointDestinationConfiguration | None = None,
        tags: TagDeliveryStreamInputTagList | None = None,
        amazon_open_search_serverless_destination_configuration: AmazonOpenSearchServerlessDestinationConfiguration
        | None = None,
        msk_source_configuration: MSKSourceConfiguration | None = None,
        snowflake_destination_configuration: SnowflakeDestinationConfiguration | None = None,
        iceberg_destination_configuration: IcebergDestinationConfiguration | None = None,
        database_source_configuration: DatabaseSourceConfiguration | None = None,
    ) -> CreateDeliveryStreamOutput:
        raise NotImplementedError

    async def delete_delivery_stream(
        self,
        context: RequestContext,
        *,
        delivery_stream_name: DeliveryStreamName,
        allow_force_delete: BooleanObject | None = None,
    ) -> DeleteDeliveryStreamOutput:
        raise NotImplementedError

    async def describe_delivery_stream(
        self,
        context: RequestContext,
        *,
        delivery_stream_name: DeliveryStreamName,
        limit: DescribeDeliveryStreamInputLimit | None = None,
        exclusive_start_destination_id: DestinationId | None = None,
    ) -> DescribeDeliveryStreamOutput:
        raise NotImplementedError

    async def list_delivery_streams(
        self,
        context: RequestContext,
        *,
        limit: ListDeliveryStreamsInputLimit | None = None,
        delivery_stream_type: DeliveryStreamType | None = None,
        exclusive_start_delivery_stream_name: DeliveryStreamName | None = None,
    ) -> ListDeliveryStreamsOutput:
        raise NotImplementedError

    async def list_tags_for_delivery_stream(
        self,
        context: RequestContext,
        *,
        delivery_stream_name: DeliveryStreamName,
        exclusive_start_tag_key: TagKey | None = None,
        limit: ListTagsForDeliveryStreamInputLimit | None = None,
    ) -> ListTagsForDeliveryStreamOutput:
        raise NotImplementedError

    async def put_record(
        self, context: RequestContext, *, delivery_stream_name: DeliveryStreamName, record: Record
    ) -> PutRecordOutput:
        raise NotImplementedError

    async def put_record_batch(
        self,
        context: RequestContext,
        *,
        delivery_stream_name: DeliveryStreamName,
        records: PutRecordBatchRequestEntryList,
    ) -> PutRecordBatchOutput:
        raise NotImplementedError

    async def start_delivery_stream_encryption(
        self,
        context: RequestContext,
        *,
        delivery_stream_name: DeliveryStreamName,
        delivery_stream_encryption_configuration_input: DeliveryStreamEncryptionConfigurationInput
        | None = None,
    ) -> StartDeliveryStreamEncryptionOutput:
        raise NotImplementedError

    async def stop_delivery_stream_encryption(
        self, context: RequestContext, *, delivery_stream_name: DeliveryStreamName
    ) -> StopDeliveryStreamEncryptionOutput:
        raise NotImplementedError

    async def tag_delivery_stream(
        self,
        context: RequestContext,
        *,
        delivery_stream_name: DeliveryStreamName,
        tags: TagDeliveryStreamInputTagList,
    ) -> TagDeliveryStreamOutput:
        raise NotImplementedError

    async def untag_delivery_stream(
        self, context: RequestContext, *, delivery_stream_name: DeliveryStreamName, tag_keys: TagKeyList
    ) -> UntagDeliveryStreamOutput:
        raise NotImplementedError

    async def update_destination(
        self,
        context: RequestContext,
        *,
        delivery_stream_name: DeliveryStreamName,
        current_delivery_stream_version_id: DeliveryStreamVersionId,
        destination_id: DestinationId,
        s3_destination_update: S3DestinationUpdate | None = None,
        extended_s3_destination_update: ExtendedS3DestinationUpdate | None = None,
        redshift_destination_update: RedshiftDestinationUpdate | None = None,
        elasticsearch_destination_update: ElasticsearchDestinationUpdate | None = None,
        amazonopensearchservice_destination_update: AmazonopensearchserviceDestinationUpdate | None = None,
        splunk_destination_update: SplunkDestinationUpdate | None = None,
        http_endpoint_destination_update: HttpEndpointDestinationUpdate | None = None,
        amazon_open_search_serverless_destination_update: AmazonOpenSearchServerlessDestinationUpdate
        | None = None,
        snowflake_destination_update: SnowflakeDestinationUpdate | None = None,
        iceberg_destination_update: IcebergDestinationUpdate | None = None,
    ) -> UpdateDestinationOutput:
        raise NotImplementedError
