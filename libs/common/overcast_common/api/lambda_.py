# Generated from botocore 1.43.11's lambda model (API 2015-03-31).
# Do not edit: regenerate with `python -m overcast_common.codegen lambda`.
"""Typed API of AWS Lambda: shapes, errors and ``LambdaApi``."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar, Final, NotRequired, TypedDict

from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.http import BodyStream
from overcast_common.service import OperationSpec, ServiceApi, omit_none

Action = str
AdditionalVersion = str
Alias = str
AllowCredentials = bool
ApplicationLogLevel = str
Architecture = str
Arn = str
AttemptCount = int
BatchSize = int
BinaryOperationPayload = bytes
BisectBatchOnFunctionError = bool
Blob = bytes
BlobStream = bytes | BodyStream
Boolean = bool
CallbackId = str
CapacityProviderArn = str
CapacityProviderMaxVCpuCount = int
CapacityProviderName = str
CapacityProviderPredefinedMetricType = str
CapacityProviderScalingMode = str
CapacityProviderState = str
CheckpointToken = str
ClientToken = str
CodeSigningConfigArn = str
CodeSigningConfigId = str
CodeSigningPolicy = str
CollectionName = str
DatabaseName = str
Date = datetime
Description = str
DestinationArn = str
DurableExecutionArn = str
DurableExecutionName = str
DurationSeconds = int
Enabled = bool
EndPointType = str
Endpoint = str
EnvironmentVariableName = str
EnvironmentVariableValue = str
EphemeralStorageSize = int
ErrorData = str
ErrorMessage = str
ErrorType = str
EventId = int
EventSourceMappingArn = str
EventSourceMappingMetric = str
EventSourceMappingSystemLogLevel = str
EventSourcePosition = str
EventSourceToken = str
EventType = str
ExecutionEnvironmentMemoryGiBPerVCpu = float
ExecutionStatus = str
ExecutionTimeout = int
ExecutionTimestamp = datetime
FileSystemArn = str
FilterCriteriaErrorCode = str
FilterCriteriaErrorMessage = str
FullDocument = str
FunctionArn = str
FunctionName = str
FunctionResponseType = str
FunctionScalingConfigExecutionEnvironments = int
FunctionUrl = str
FunctionUrlAuthType = str
FunctionUrlQualifier = str
FunctionVersion = str
FunctionVersionLatestPublished = str
Handler = str
Header = str
HttpStatus = int
IncludeExecutionData = bool
InputPayload = str
InstanceType = str
Integer = int
InvocationType = str
InvokeMode = str
InvokedViaFunctionUrl = bool
ItemCount = int
KMSKeyArn = str
KMSKeyArnNonEmpty = str
KafkaSchemaRegistryAuthType = str
KafkaSchemaValidationAttribute = str
LastUpdateStatus = str
LastUpdateStatusReason = str
LastUpdateStatusReasonCode = str
LayerArn = str
LayerName = str
LayerPermissionAllowedAction = str
LayerPermissionAllowedPrincipal = str
LayerVersionArn = str
LayerVersionNumber = int
LicenseInfo = str
LocalMountPath = str
LogFormat = str
LogGroup = str
LogType = str
Long = int
MasterRegion = str
MaxAge = int
MaxFiftyListItems = int
MaxFunctionEventInvokeConfigListItems = int
MaxItems = int
MaxLayerListItems = int
MaxListItems = int
MaxProvisionedConcurrencyConfigListItems = int
MaximumBatchingWindowInSeconds = int
MaximumConcurrency = int
MaximumEventAgeInSeconds = int
MaximumNumberOfPollers = int
MaximumRecordAgeInSeconds = int
MaximumRetryAttempts = int
MaximumRetryAttemptsEventSourceMapping = int
MemorySize = int
Method = str
MetricTargetValue = float
MinimumNumberOfPollers = int
NameSpacedFunctionArn = str
NamespacedFunctionName = str
NamespacedStatementId = str
NonNegativeInteger = int
NullableBoolean = bool
NumericLatestPublishedOrAliasQualifier = str
OperationAction = str
OperationId = str
OperationName = str
OperationPayload = str
OperationStatus = str
OperationSubType = str
OperationType = str
OrganizationId = str
Origin = str
OutputPayload = str
PackageType = str
ParallelizationFactor = int
Pattern = str
PerExecutionEnvironmentMaxConcurrency = int
PositiveInteger = int
Principal = str
PrincipalOrgID = str
ProvisionedConcurrencyStatusEnum = str
ProvisionedPollerGroupName = str
PublishedFunctionQualifier = str
Qualifier = str
Queue = str
RecursiveLoop = str
ReplayChildren = bool
ReservedConcurrentExecutions = int
ResourceArn = str
ResponseStreamingInvocationType = str
RetentionPeriodInDays = int
ReverseOrder = bool
RoleArn = str
Runtime = str
RuntimeVersionArn = str
S3Bucket = str
S3Key = str
S3ObjectVersion = str
SchemaRegistryEventRecordFormat = str
SchemaRegistryUri = str
SecurityGroupId = str
SensitiveString = str
SnapStartApplyOn = str
SnapStartOptimizationStatus = str
SourceAccessType = str
SourceOwner = str
StackTraceEntry = str
State = str
StateReason = str
StateReasonCode = str
StatementId = str
StepOptionsNextAttemptDelaySecondsInteger = int
String = str
SubnetId = str
SystemLogLevel = str
TagKey = str
TagValue = str
TaggableResource = str
TagsErrorCode = str
TagsErrorMessage = str
TenantId = str
TenantIsolationMode = str
ThrottleReason = str
Timeout = int
Timestamp = str
Topic = str
TracingMode = str
Truncated = bool
TumblingWindowInSeconds = int
URI = str
UnqualifiedFunctionName = str
UnreservedConcurrentExecutions = int
UpdateRuntimeOn = str
Version = str
VersionWithLatestPublished = str
VpcId = str
WaitOptionsWaitSecondsInteger = int
Weight = float
WorkingDirectory = str
XAmznTraceId = str


class ApplicationLogLevelValues:
    TRACE: Final = "TRACE"
    DEBUG: Final = "DEBUG"
    INFO: Final = "INFO"
    WARN: Final = "WARN"
    ERROR: Final = "ERROR"
    FATAL: Final = "FATAL"


class ArchitectureValues:
    x86_64: Final = "x86_64"
    arm64: Final = "arm64"


class CapacityProviderPredefinedMetricTypeValues:
    LambdaCapacityProviderAverageCPUUtilization: Final = "LambdaCapacityProviderAverageCPUUtilization"


class CapacityProviderScalingModeValues:
    Auto: Final = "Auto"
    Manual: Final = "Manual"


class CapacityProviderStateValues:
    Pending: Final = "Pending"
    Active: Final = "Active"
    Failed: Final = "Failed"
    Deleting: Final = "Deleting"


class CodeSigningPolicyValues:
    Warn: Final = "Warn"
    Enforce: Final = "Enforce"


class EndPointTypeValues:
    KAFKA_BOOTSTRAP_SERVERS: Final = "KAFKA_BOOTSTRAP_SERVERS"


class EventSourceMappingMetricValues:
    EventCount: Final = "EventCount"
    ErrorCount: Final = "ErrorCount"
    KafkaMetrics: Final = "KafkaMetrics"


class EventSourceMappingSystemLogLevelValues:
    DEBUG: Final = "DEBUG"
    INFO: Final = "INFO"
    WARN: Final = "WARN"


class EventSourcePositionValues:
    TRIM_HORIZON: Final = "TRIM_HORIZON"
    LATEST: Final = "LATEST"
    AT_TIMESTAMP: Final = "AT_TIMESTAMP"


class EventTypeValues:
    ExecutionStarted: Final = "ExecutionStarted"
    ExecutionSucceeded: Final = "ExecutionSucceeded"
    ExecutionFailed: Final = "ExecutionFailed"
    ExecutionTimedOut: Final = "ExecutionTimedOut"
    ExecutionStopped: Final = "ExecutionStopped"
    ContextStarted: Final = "ContextStarted"
    ContextSucceeded: Final = "ContextSucceeded"
    ContextFailed: Final = "ContextFailed"
    WaitStarted: Final = "WaitStarted"
    WaitSucceeded: Final = "WaitSucceeded"
    WaitCancelled: Final = "WaitCancelled"
    StepStarted: Final = "StepStarted"
    StepSucceeded: Final = "StepSucceeded"
    StepFailed: Final = "StepFailed"
    ChainedInvokeStarted: Final = "ChainedInvokeStarted"
    ChainedInvokeSucceeded: Final = "ChainedInvokeSucceeded"
    ChainedInvokeFailed: Final = "ChainedInvokeFailed"
    ChainedInvokeTimedOut: Final = "ChainedInvokeTimedOut"
    ChainedInvokeStopped: Final = "ChainedInvokeStopped"
    CallbackStarted: Final = "CallbackStarted"
    CallbackSucceeded: Final = "CallbackSucceeded"
    CallbackFailed: Final = "CallbackFailed"
    CallbackTimedOut: Final = "CallbackTimedOut"
    InvocationCompleted: Final = "InvocationCompleted"


class ExecutionStatusValues:
    RUNNING: Final = "RUNNING"
    SUCCEEDED: Final = "SUCCEEDED"
    FAILED: Final = "FAILED"
    TIMED_OUT: Final = "TIMED_OUT"
    STOPPED: Final = "STOPPED"


class FullDocumentValues:
    UpdateLookup: Final = "UpdateLookup"
    Default: Final = "Default"


class FunctionResponseTypeValues:
    ReportBatchItemFailures: Final = "ReportBatchItemFailures"


class FunctionUrlAuthTypeValues:
    NONE: Final = "NONE"
    AWS_IAM: Final = "AWS_IAM"


class FunctionVersionValues:
    ALL: Final = "ALL"


class FunctionVersionLatestPublishedValues:
    LATEST_PUBLISHED: Final = "LATEST_PUBLISHED"


class InvocationTypeValues:
    Event: Final = "Event"
    RequestResponse: Final = "RequestResponse"
    DryRun: Final = "DryRun"


class InvokeModeValues:
    BUFFERED: Final = "BUFFERED"
    RESPONSE_STREAM: Final = "RESPONSE_STREAM"


class KafkaSchemaRegistryAuthTypeValues:
    BASIC_AUTH: Final = "BASIC_AUTH"
    CLIENT_CERTIFICATE_TLS_AUTH: Final = "CLIENT_CERTIFICATE_TLS_AUTH"
    SERVER_ROOT_CA_CERTIFICATE: Final = "SERVER_ROOT_CA_CERTIFICATE"


class KafkaSchemaValidationAttributeValues:
    KEY: Final = "KEY"
    VALUE: Final = "VALUE"


class LastUpdateStatusValues:
    Successful: Final = "Successful"
    Failed: Final = "Failed"
    InProgress: Final = "InProgress"


class LastUpdateStatusReasonCodeValues:
    EniLimitExceeded: Final = "EniLimitExceeded"
    InsufficientRolePermissions: Final = "InsufficientRolePermissions"
    InvalidConfiguration: Final = "InvalidConfiguration"
    InternalError: Final = "InternalError"
    SubnetOutOfIPAddresses: Final = "SubnetOutOfIPAddresses"
    InvalidSubnet: Final = "InvalidSubnet"
    InvalidSecurityGroup: Final = "InvalidSecurityGroup"
    ImageDeleted: Final = "ImageDeleted"
    ImageAccessDenied: Final = "ImageAccessDenied"
    InvalidImage: Final = "InvalidImage"
    KMSKeyAccessDenied: Final = "KMSKeyAccessDenied"
    KMSKeyNotFound: Final = "KMSKeyNotFound"
    InvalidStateKMSKey: Final = "InvalidStateKMSKey"
    DisabledKMSKey: Final = "DisabledKMSKey"
    EFSIOError: Final = "EFSIOError"
    EFSMountConnectivityError: Final = "EFSMountConnectivityError"
    EFSMountFailure: Final = "EFSMountFailure"
    EFSMountTimeout: Final = "EFSMountTimeout"
    InvalidRuntime: Final = "InvalidRuntime"
    InvalidZipFileException: Final = "InvalidZipFileException"
    FunctionError: Final = "FunctionError"
    VcpuLimitExceeded: Final = "VcpuLimitExceeded"
    CapacityProviderScalingLimitExceeded: Final = "CapacityProviderScalingLimitExceeded"
    InsufficientCapacity: Final = "InsufficientCapacity"
    EC2RequestLimitExceeded: Final = "EC2RequestLimitExceeded"
    FunctionError_InitTimeout: Final = "FunctionError.InitTimeout"
    FunctionError_RuntimeInitError: Final = "FunctionError.RuntimeInitError"
    FunctionError_ExtensionInitError: Final = "FunctionError.ExtensionInitError"
    FunctionError_InvalidEntryPoint: Final = "FunctionError.InvalidEntryPoint"
    FunctionError_InvalidWorkingDirectory: Final = "FunctionError.InvalidWorkingDirectory"
    FunctionError_PermissionDenied: Final = "FunctionError.PermissionDenied"
    FunctionError_TooManyExtensions: Final = "FunctionError.TooManyExtensions"
    FunctionError_InitResourceExhausted: Final = "FunctionError.InitResourceExhausted"
    DisallowedByVpcEncryptionControl: Final = "DisallowedByVpcEncryptionControl"


class LogFormatValues:
    JSON: Final = "JSON"
    Text: Final = "Text"


class LogTypeValues:
    None_: Final = "None"
    Tail: Final = "Tail"


class OperationActionValues:
    START: Final = "START"
    SUCCEED: Final = "SUCCEED"
    FAIL: Final = "FAIL"
    RETRY: Final = "RETRY"
    CANCEL: Final = "CANCEL"


class OperationStatusValues:
    STARTED: Final = "STARTED"
    PENDING: Final = "PENDING"
    READY: Final = "READY"
    SUCCEEDED: Final = "SUCCEEDED"
    FAILED: Final = "FAILED"
    CANCELLED: Final = "CANCELLED"
    TIMED_OUT: Final = "TIMED_OUT"
    STOPPED: Final = "STOPPED"


class OperationTypeValues:
    EXECUTION: Final = "EXECUTION"
    CONTEXT: Final = "CONTEXT"
    STEP: Final = "STEP"
    WAIT: Final = "WAIT"
    CALLBACK: Final = "CALLBACK"
    CHAINED_INVOKE: Final = "CHAINED_INVOKE"


class PackageTypeValues:
    Zip: Final = "Zip"
    Image: Final = "Image"


class ProvisionedConcurrencyStatusEnumValues:
    IN_PROGRESS: Final = "IN_PROGRESS"
    READY: Final = "READY"
    FAILED: Final = "FAILED"


class RecursiveLoopValues:
    Allow: Final = "Allow"
    Terminate: Final = "Terminate"


class ResponseStreamingInvocationTypeValues:
    RequestResponse: Final = "RequestResponse"
    DryRun: Final = "DryRun"


class RuntimeValues:
    nodejs: Final = "nodejs"
    nodejs4_3: Final = "nodejs4.3"
    nodejs6_10: Final = "nodejs6.10"
    nodejs8_10: Final = "nodejs8.10"
    nodejs10_x: Final = "nodejs10.x"
    nodejs12_x: Final = "nodejs12.x"
    nodejs14_x: Final = "nodejs14.x"
    nodejs16_x: Final = "nodejs16.x"
    java8: Final = "java8"
    java8_al2: Final = "java8.al2"
    java11: Final = "java11"
    python2_7: Final = "python2.7"
    python3_6: Final = "python3.6"
    python3_7: Final = "python3.7"
    python3_8: Final = "python3.8"
    python3_9: Final = "python3.9"
    dotnetcore1_0: Final = "dotnetcore1.0"
    dotnetcore2_0: Final = "dotnetcore2.0"
    dotnetcore2_1: Final = "dotnetcore2.1"
    dotnetcore3_1: Final = "dotnetcore3.1"
    dotnet6: Final = "dotnet6"
    dotnet8: Final = "dotnet8"
    nodejs4_3_edge: Final = "nodejs4.3-edge"
    go1_x: Final = "go1.x"
    ruby2_5: Final = "ruby2.5"
    ruby2_7: Final = "ruby2.7"
    provided: Final = "provided"
    provided_al2: Final = "provided.al2"
    nodejs18_x: Final = "nodejs18.x"
    python3_10: Final = "python3.10"
    java17: Final = "java17"
    ruby3_2: Final = "ruby3.2"
    ruby3_3: Final = "ruby3.3"
    ruby3_4: Final = "ruby3.4"
    python3_11: Final = "python3.11"
    nodejs20_x: Final = "nodejs20.x"
    provided_al2023: Final = "provided.al2023"
    python3_12: Final = "python3.12"
    java21: Final = "java21"
    python3_13: Final = "python3.13"
    nodejs22_x: Final = "nodejs22.x"
    nodejs24_x: Final = "nodejs24.x"
    python3_14: Final = "python3.14"
    java25: Final = "java25"
    dotnet10: Final = "dotnet10"
    ruby4_0: Final = "ruby4.0"


class SchemaRegistryEventRecordFormatValues:
    JSON: Final = "JSON"
    SOURCE: Final = "SOURCE"


class SnapStartApplyOnValues:
    PublishedVersions: Final = "PublishedVersions"
    None_: Final = "None"


class SnapStartOptimizationStatusValues:
    On: Final = "On"
    Off: Final = "Off"


class SourceAccessTypeValues:
    BASIC_AUTH: Final = "BASIC_AUTH"
    VPC_SUBNET: Final = "VPC_SUBNET"
    VPC_SECURITY_GROUP: Final = "VPC_SECURITY_GROUP"
    SASL_SCRAM_512_AUTH: Final = "SASL_SCRAM_512_AUTH"
    SASL_SCRAM_256_AUTH: Final = "SASL_SCRAM_256_AUTH"
    VIRTUAL_HOST: Final = "VIRTUAL_HOST"
    CLIENT_CERTIFICATE_TLS_AUTH: Final = "CLIENT_CERTIFICATE_TLS_AUTH"
    SERVER_ROOT_CA_CERTIFICATE: Final = "SERVER_ROOT_CA_CERTIFICATE"


class StateValues:
    Pending: Final = "Pending"
    Active: Final = "Active"
    Inactive: Final = "Inactive"
    Failed: Final = "Failed"
    Deactivating: Final = "Deactivating"
    Deactivated: Final = "Deactivated"
    ActiveNonInvocable: Final = "ActiveNonInvocable"
    Deleting: Final = "Deleting"


class StateReasonCodeValues:
    Idle: Final = "Idle"
    Creating: Final = "Creating"
    Restoring: Final = "Restoring"
    EniLimitExceeded: Final = "EniLimitExceeded"
    InsufficientRolePermissions: Final = "InsufficientRolePermissions"
    InvalidConfiguration: Final = "InvalidConfiguration"
    InternalError: Final = "InternalError"
    SubnetOutOfIPAddresses: Final = "SubnetOutOfIPAddresses"
    InvalidSubnet: Final = "InvalidSubnet"
    InvalidSecurityGroup: Final = "InvalidSecurityGroup"
    ImageDeleted: Final = "ImageDeleted"
    ImageAccessDenied: Final = "ImageAccessDenied"
    InvalidImage: Final = "InvalidImage"
    KMSKeyAccessDenied: Final = "KMSKeyAccessDenied"
    KMSKeyNotFound: Final = "KMSKeyNotFound"
    InvalidStateKMSKey: Final = "InvalidStateKMSKey"
    DisabledKMSKey: Final = "DisabledKMSKey"
    EFSIOError: Final = "EFSIOError"
    EFSMountConnectivityError: Final = "EFSMountConnectivityError"
    EFSMountFailure: Final = "EFSMountFailure"
    EFSMountTimeout: Final = "EFSMountTimeout"
    InvalidRuntime: Final = "InvalidRuntime"
    InvalidZipFileException: Final = "InvalidZipFileException"
    FunctionError: Final = "FunctionError"
    DrainingDurableExecutions: Final = "DrainingDurableExecutions"
    VcpuLimitExceeded: Final = "VcpuLimitExceeded"
    CapacityProviderScalingLimitExceeded: Final = "CapacityProviderScalingLimitExceeded"
    InsufficientCapacity: Final = "InsufficientCapacity"
    EC2RequestLimitExceeded: Final = "EC2RequestLimitExceeded"
    FunctionError_InitTimeout: Final = "FunctionError.InitTimeout"
    FunctionError_RuntimeInitError: Final = "FunctionError.RuntimeInitError"
    FunctionError_ExtensionInitError: Final = "FunctionError.ExtensionInitError"
    FunctionError_InvalidEntryPoint: Final = "FunctionError.InvalidEntryPoint"
    FunctionError_InvalidWorkingDirectory: Final = "FunctionError.InvalidWorkingDirectory"
    FunctionError_PermissionDenied: Final = "FunctionError.PermissionDenied"
    FunctionError_TooManyExtensions: Final = "FunctionError.TooManyExtensions"
    FunctionError_InitResourceExhausted: Final = "FunctionError.InitResourceExhausted"
    DisallowedByVpcEncryptionControl: Final = "DisallowedByVpcEncryptionControl"


class SystemLogLevelValues:
    DEBUG: Final = "DEBUG"
    INFO: Final = "INFO"
    WARN: Final = "WARN"


class TenantIsolationModeValues:
    PER_TENANT: Final = "PER_TENANT"


class ThrottleReasonValues:
    ConcurrentInvocationLimitExceeded: Final = "ConcurrentInvocationLimitExceeded"
    FunctionInvocationRateLimitExceeded: Final = "FunctionInvocationRateLimitExceeded"
    ReservedFunctionConcurrentInvocationLimitExceeded: Final = (
        "ReservedFunctionConcurrentInvocationLimitExceeded"
    )
    ReservedFunctionInvocationRateLimitExceeded: Final = "ReservedFunctionInvocationRateLimitExceeded"
    CallerRateLimitExceeded: Final = "CallerRateLimitExceeded"
    ConcurrentSnapshotCreateLimitExceeded: Final = "ConcurrentSnapshotCreateLimitExceeded"


class TracingModeValues:
    Active: Final = "Active"
    PassThrough: Final = "PassThrough"


class UpdateRuntimeOnValues:
    Auto: Final = "Auto"
    Manual: Final = "Manual"
    FunctionUpdate: Final = "FunctionUpdate"


class AccountLimit(TypedDict):
    TotalCodeSize: NotRequired[Long]
    CodeSizeUnzipped: NotRequired[Long]
    CodeSizeZipped: NotRequired[Long]
    ConcurrentExecutions: NotRequired[Integer]
    UnreservedConcurrentExecutions: NotRequired[UnreservedConcurrentExecutions]


class AccountUsage(TypedDict):
    TotalCodeSize: NotRequired[Long]
    FunctionCount: NotRequired[Long]


class AddLayerVersionPermissionRequest(TypedDict):
    LayerName: LayerName
    VersionNumber: LayerVersionNumber
    StatementId: StatementId
    Action: LayerPermissionAllowedAction
    Principal: LayerPermissionAllowedPrincipal
    OrganizationId: NotRequired[OrganizationId]
    RevisionId: NotRequired[String]


class AddLayerVersionPermissionResponse(TypedDict):
    Statement: NotRequired[String]
    RevisionId: NotRequired[String]


class AddPermissionRequest(TypedDict):
    FunctionName: NamespacedFunctionName
    StatementId: StatementId
    Action: Action
    Principal: Principal
    SourceArn: NotRequired[Arn]
    SourceAccount: NotRequired[SourceOwner]
    EventSourceToken: NotRequired[EventSourceToken]
    Qualifier: NotRequired[NumericLatestPublishedOrAliasQualifier]
    RevisionId: NotRequired[String]
    PrincipalOrgID: NotRequired[PrincipalOrgID]
    FunctionUrlAuthType: NotRequired[FunctionUrlAuthType]
    InvokedViaFunctionUrl: NotRequired[InvokedViaFunctionUrl]


class AddPermissionResponse(TypedDict):
    Statement: NotRequired[String]


class AliasConfiguration(TypedDict):
    AliasArn: NotRequired[FunctionArn]
    Name: NotRequired[Alias]
    FunctionVersion: NotRequired[Version]
    Description: NotRequired[Description]
    RoutingConfig: NotRequired[AliasRoutingConfiguration]
    RevisionId: NotRequired[String]


class AliasRoutingConfiguration(TypedDict):
    AdditionalVersionWeights: NotRequired[AdditionalVersionWeights]


class AllowedPublishers(TypedDict):
    SigningProfileVersionArns: SigningProfileVersionArns


class AmazonManagedKafkaEventSourceConfig(TypedDict):
    ConsumerGroupId: NotRequired[URI]
    SchemaRegistryConfig: NotRequired[KafkaSchemaRegistryConfig]


class CallbackDetails(TypedDict):
    CallbackId: NotRequired[CallbackId]
    Result: NotRequired[OperationPayload]
    Error: NotRequired[ErrorObject]


class CallbackFailedDetails(TypedDict):
    Error: EventError


class CallbackOptions(TypedDict):
    TimeoutSeconds: NotRequired[DurationSeconds]
    HeartbeatTimeoutSeconds: NotRequired[DurationSeconds]


class CallbackStartedDetails(TypedDict):
    CallbackId: CallbackId
    HeartbeatTimeout: NotRequired[DurationSeconds]
    Timeout: NotRequired[DurationSeconds]


class CallbackSucceededDetails(TypedDict):
    Result: EventResult


class CallbackTimedOutDetails(TypedDict):
    Error: EventError


class CapacityProvider(TypedDict):
    CapacityProviderArn: CapacityProviderArn
    State: CapacityProviderState
    VpcConfig: CapacityProviderVpcConfig
    PermissionsConfig: CapacityProviderPermissionsConfig
    InstanceRequirements: NotRequired[InstanceRequirements]
    CapacityProviderScalingConfig: NotRequired[CapacityProviderScalingConfig]
    KmsKeyArn: NotRequired[KMSKeyArn]
    LastModified: NotRequired[Timestamp]


class CapacityProviderConfig(TypedDict):
    LambdaManagedInstancesCapacityProviderConfig: LambdaManagedInstancesCapacityProviderConfig


class CapacityProviderPermissionsConfig(TypedDict):
    CapacityProviderOperatorRoleArn: RoleArn


class CapacityProviderScalingConfig(TypedDict):
    MaxVCpuCount: NotRequired[CapacityProviderMaxVCpuCount]
    ScalingMode: NotRequired[CapacityProviderScalingMode]
    ScalingPolicies: NotRequired[CapacityProviderScalingPoliciesList]


class CapacityProviderVpcConfig(TypedDict):
    SubnetIds: CapacityProviderSubnetIds
    SecurityGroupIds: CapacityProviderSecurityGroupIds


class ChainedInvokeDetails(TypedDict):
    Result: NotRequired[OperationPayload]
    Error: NotRequired[ErrorObject]


class ChainedInvokeFailedDetails(TypedDict):
    Error: EventError


class ChainedInvokeOptions(TypedDict):
    FunctionName: NamespacedFunctionName
    TenantId: NotRequired[TenantId]


class ChainedInvokeStartedDetails(TypedDict):
    FunctionName: NamespacedFunctionName
    TenantId: NotRequired[TenantId]
    Input: NotRequired[EventInput]
    ExecutedVersion: NotRequired[VersionWithLatestPublished]
    DurableExecutionArn: NotRequired[DurableExecutionArn]


class ChainedInvokeStoppedDetails(TypedDict):
    Error: EventError


class ChainedInvokeSucceededDetails(TypedDict):
    Result: EventResult


class ChainedInvokeTimedOutDetails(TypedDict):
    Error: EventError


class CheckpointDurableExecutionRequest(TypedDict):
    DurableExecutionArn: DurableExecutionArn
    CheckpointToken: CheckpointToken
    Updates: NotRequired[OperationUpdates]
    ClientToken: NotRequired[ClientToken]


class CheckpointDurableExecutionResponse(TypedDict):
    CheckpointToken: NotRequired[CheckpointToken]
    NewExecutionState: CheckpointUpdatedExecutionState


class CheckpointUpdatedExecutionState(TypedDict):
    Operations: NotRequired[Operations]
    NextMarker: NotRequired[String]


class CodeSigningConfig(TypedDict):
    CodeSigningConfigId: CodeSigningConfigId
    CodeSigningConfigArn: CodeSigningConfigArn
    Description: NotRequired[Description]
    AllowedPublishers: AllowedPublishers
    CodeSigningPolicies: CodeSigningPolicies
    LastModified: Timestamp


class CodeSigningPolicies(TypedDict):
    UntrustedArtifactOnDeployment: NotRequired[CodeSigningPolicy]


class Concurrency(TypedDict):
    ReservedConcurrentExecutions: NotRequired[ReservedConcurrentExecutions]


class ContextDetails(TypedDict):
    ReplayChildren: NotRequired[ReplayChildren]
    Result: NotRequired[OperationPayload]
    Error: NotRequired[ErrorObject]


class ContextFailedDetails(TypedDict):
    Error: EventError


class ContextOptions(TypedDict):
    ReplayChildren: NotRequired[ReplayChildren]


class ContextStartedDetails(TypedDict):
    pass


class ContextSucceededDetails(TypedDict):
    Result: EventResult


class Cors(TypedDict):
    AllowCredentials: NotRequired[AllowCredentials]
    AllowHeaders: NotRequired[HeadersList]
    AllowMethods: NotRequired[AllowMethodsList]
    AllowOrigins: NotRequired[AllowOriginsList]
    ExposeHeaders: NotRequired[HeadersList]
    MaxAge: NotRequired[MaxAge]


class CreateAliasRequest(TypedDict):
    FunctionName: FunctionName
    Name: Alias
    FunctionVersion: VersionWithLatestPublished
    Description: NotRequired[Description]
    RoutingConfig: NotRequired[AliasRoutingConfiguration]


class CreateCapacityProviderRequest(TypedDict):
    CapacityProviderName: CapacityProviderName
    VpcConfig: CapacityProviderVpcConfig
    PermissionsConfig: CapacityProviderPermissionsConfig
    InstanceRequirements: NotRequired[InstanceRequirements]
    CapacityProviderScalingConfig: NotRequired[CapacityProviderScalingConfig]
    KmsKeyArn: NotRequired[KMSKeyArnNonEmpty]
    Tags: NotRequired[Tags]


class CreateCapacityProviderResponse(TypedDict):
    CapacityProvider: CapacityProvider


class CreateCodeSigningConfigRequest(TypedDict):
    Description: NotRequired[Description]
    AllowedPublishers: AllowedPublishers
    CodeSigningPolicies: NotRequired[CodeSigningPolicies]
    Tags: NotRequired[Tags]


class CreateCodeSigningConfigResponse(TypedDict):
    CodeSigningConfig: CodeSigningConfig


class CreateEventSourceMappingRequest(TypedDict):
    EventSourceArn: NotRequired[Arn]
    FunctionName: NamespacedFunctionName
    Enabled: NotRequired[Enabled]
    BatchSize: NotRequired[BatchSize]
    FilterCriteria: NotRequired[FilterCriteria]
    MaximumBatchingWindowInSeconds: NotRequired[MaximumBatchingWindowInSeconds]
    ParallelizationFactor: NotRequired[ParallelizationFactor]
    StartingPosition: NotRequired[EventSourcePosition]
    StartingPositionTimestamp: NotRequired[Date]
    DestinationConfig: NotRequired[DestinationConfig]
    MaximumRecordAgeInSeconds: NotRequired[MaximumRecordAgeInSeconds]
    BisectBatchOnFunctionError: NotRequired[BisectBatchOnFunctionError]
    MaximumRetryAttempts: NotRequired[MaximumRetryAttemptsEventSourceMapping]
    Tags: NotRequired[Tags]
    TumblingWindowInSeconds: NotRequired[TumblingWindowInSeconds]
    Topics: NotRequired[Topics]
    Queues: NotRequired[Queues]
    SourceAccessConfigurations: NotRequired[SourceAccessConfigurations]
    SelfManagedEventSource: NotRequired[SelfManagedEventSource]
    FunctionResponseTypes: NotRequired[FunctionResponseTypeList]
    AmazonManagedKafkaEventSourceConfig: NotRequired[AmazonManagedKafkaEventSourceConfig]
    SelfManagedKafkaEventSourceConfig: NotRequired[SelfManagedKafkaEventSourceConfig]
    ScalingConfig: NotRequired[ScalingConfig]
    DocumentDBEventSourceConfig: NotRequired[DocumentDBEventSourceConfig]
    KMSKeyArn: NotRequired[KMSKeyArn]
    MetricsConfig: NotRequired[EventSourceMappingMetricsConfig]
    LoggingConfig: NotRequired[EventSourceMappingLoggingConfig]
    ProvisionedPollerConfig: NotRequired[ProvisionedPollerConfig]


class CreateFunctionRequest(TypedDict):
    FunctionName: FunctionName
    Runtime: NotRequired[Runtime]
    Role: RoleArn
    Handler: NotRequired[Handler]
    Code: FunctionCode
    Description: NotRequired[Description]
    Timeout: NotRequired[Timeout]
    MemorySize: NotRequired[MemorySize]
    Publish: NotRequired[Boolean]
    VpcConfig: NotRequired[VpcConfig]
    PackageType: NotRequired[PackageType]
    DeadLetterConfig: NotRequired[DeadLetterConfig]
    Environment: NotRequired[Environment]
    KMSKeyArn: NotRequired[KMSKeyArn]
    TracingConfig: NotRequired[TracingConfig]
    Tags: NotRequired[Tags]
    Layers: NotRequired[LayerList]
    FileSystemConfigs: NotRequired[FileSystemConfigList]
    ImageConfig: NotRequired[ImageConfig]
    CodeSigningConfigArn: NotRequired[CodeSigningConfigArn]
    Architectures: NotRequired[ArchitecturesList]
    EphemeralStorage: NotRequired[EphemeralStorage]
    SnapStart: NotRequired[SnapStart]
    LoggingConfig: NotRequired[LoggingConfig]
    CapacityProviderConfig: NotRequired[CapacityProviderConfig]
    PublishTo: NotRequired[FunctionVersionLatestPublished]
    DurableConfig: NotRequired[DurableConfig]
    TenancyConfig: NotRequired[TenancyConfig]


class CreateFunctionUrlConfigRequest(TypedDict):
    FunctionName: FunctionName
    Qualifier: NotRequired[FunctionUrlQualifier]
    AuthType: FunctionUrlAuthType
    Cors: NotRequired[Cors]
    InvokeMode: NotRequired[InvokeMode]


class CreateFunctionUrlConfigResponse(TypedDict):
    FunctionUrl: FunctionUrl
    FunctionArn: FunctionArn
    AuthType: FunctionUrlAuthType
    Cors: NotRequired[Cors]
    CreationTime: Timestamp
    InvokeMode: NotRequired[InvokeMode]


class DeadLetterConfig(TypedDict):
    TargetArn: NotRequired[ResourceArn]


class DeleteAliasRequest(TypedDict):
    FunctionName: FunctionName
    Name: Alias


class DeleteCapacityProviderRequest(TypedDict):
    CapacityProviderName: CapacityProviderName


class DeleteCapacityProviderResponse(TypedDict):
    CapacityProvider: CapacityProvider


class DeleteCodeSigningConfigRequest(TypedDict):
    CodeSigningConfigArn: CodeSigningConfigArn


class DeleteCodeSigningConfigResponse(TypedDict):
    pass


class DeleteEventSourceMappingRequest(TypedDict):
    UUID: String


class DeleteFunctionCodeSigningConfigRequest(TypedDict):
    FunctionName: NamespacedFunctionName


class DeleteFunctionConcurrencyRequest(TypedDict):
    FunctionName: FunctionName


class DeleteFunctionEventInvokeConfigRequest(TypedDict):
    FunctionName: NamespacedFunctionName
    Qualifier: NotRequired[NumericLatestPublishedOrAliasQualifier]


class DeleteFunctionRequest(TypedDict):
    FunctionName: NamespacedFunctionName
    Qualifier: NotRequired[NumericLatestPublishedOrAliasQualifier]


class DeleteFunctionResponse(TypedDict):
    StatusCode: NotRequired[Integer]


class DeleteFunctionUrlConfigRequest(TypedDict):
    FunctionName: FunctionName
    Qualifier: NotRequired[FunctionUrlQualifier]


class DeleteLayerVersionRequest(TypedDict):
    LayerName: LayerName
    VersionNumber: LayerVersionNumber


class DeleteProvisionedConcurrencyConfigRequest(TypedDict):
    FunctionName: FunctionName
    Qualifier: Qualifier


class DestinationConfig(TypedDict):
    OnSuccess: NotRequired[OnSuccess]
    OnFailure: NotRequired[OnFailure]


class DocumentDBEventSourceConfig(TypedDict):
    DatabaseName: NotRequired[DatabaseName]
    CollectionName: NotRequired[CollectionName]
    FullDocument: NotRequired[FullDocument]


class DurableConfig(TypedDict):
    RetentionPeriodInDays: NotRequired[RetentionPeriodInDays]
    ExecutionTimeout: NotRequired[ExecutionTimeout]


class Environment(TypedDict):
    Variables: NotRequired[EnvironmentVariables]


class EnvironmentError_(TypedDict):
    ErrorCode: NotRequired[String]
    Message: NotRequired[SensitiveString]


class EnvironmentResponse(TypedDict):
    Variables: NotRequired[EnvironmentVariables]
    Error: NotRequired[EnvironmentError_]


class EphemeralStorage(TypedDict):
    Size: EphemeralStorageSize


class ErrorObject(TypedDict):
    ErrorMessage: NotRequired[ErrorMessage]
    ErrorType: NotRequired[ErrorType]
    ErrorData: NotRequired[ErrorData]
    StackTrace: NotRequired[StackTraceEntries]


class Event(TypedDict):
    EventType: NotRequired[EventType]
    SubType: NotRequired[OperationSubType]
    EventId: NotRequired[EventId]
    Id: NotRequired[OperationId]
    Name: NotRequired[OperationName]
    EventTimestamp: NotRequired[ExecutionTimestamp]
    ParentId: NotRequired[OperationId]
    ExecutionStartedDetails: NotRequired[ExecutionStartedDetails]
    ExecutionSucceededDetails: NotRequired[ExecutionSucceededDetails]
    ExecutionFailedDetails: NotRequired[ExecutionFailedDetails]
    ExecutionTimedOutDetails: NotRequired[ExecutionTimedOutDetails]
    ExecutionStoppedDetails: NotRequired[ExecutionStoppedDetails]
    ContextStartedDetails: NotRequired[ContextStartedDetails]
    ContextSucceededDetails: NotRequired[ContextSucceededDetails]
    ContextFailedDetails: NotRequired[ContextFailedDetails]
    WaitStartedDetails: NotRequired[WaitStartedDetails]
    WaitSucceededDetails: NotRequired[WaitSucceededDetails]
    WaitCancelledDetails: NotRequired[WaitCancelledDetails]
    StepStartedDetails: NotRequired[StepStartedDetails]
    StepSucceededDetails: NotRequired[StepSucceededDetails]
    StepFailedDetails: NotRequired[StepFailedDetails]
    ChainedInvokeStartedDetails: NotRequired[ChainedInvokeStartedDetails]
    ChainedInvokeSucceededDetails: NotRequired[ChainedInvokeSucceededDetails]
    ChainedInvokeFailedDetails: NotRequired[ChainedInvokeFailedDetails]
    ChainedInvokeTimedOutDetails: NotRequired[ChainedInvokeTimedOutDetails]
    ChainedInvokeStoppedDetails: NotRequired[ChainedInvokeStoppedDetails]
    CallbackStartedDetails: NotRequired[CallbackStartedDetails]
    CallbackSucceededDetails: NotRequired[CallbackSucceededDetails]
    CallbackFailedDetails: NotRequired[CallbackFailedDetails]
    CallbackTimedOutDetails: NotRequired[CallbackTimedOutDetails]
    InvocationCompletedDetails: NotRequired[InvocationCompletedDetails]


class EventError(TypedDict):
    Payload: NotRequired[ErrorObject]
    Truncated: NotRequired[Truncated]


class EventInput(TypedDict):
    Payload: NotRequired[InputPayload]
    Truncated: NotRequired[Truncated]


class EventResult(TypedDict):
    Payload: NotRequired[OperationPayload]
    Truncated: NotRequired[Truncated]


class EventSourceMappingConfiguration(TypedDict):
    UUID: NotRequired[String]
    StartingPosition: NotRequired[EventSourcePosition]
    StartingPositionTimestamp: NotRequired[Date]
    BatchSize: NotRequired[BatchSize]
    MaximumBatchingWindowInSeconds: NotRequired[MaximumBatchingWindowInSeconds]
    ParallelizationFactor: NotRequired[ParallelizationFactor]
    EventSourceArn: NotRequired[Arn]
    FilterCriteria: NotRequired[FilterCriteria]
    FunctionArn: NotRequired[FunctionArn]
    LastModified: NotRequired[Date]
    LastProcessingResult: NotRequired[String]
    State: NotRequired[String]
    StateTransitionReason: NotRequired[String]
    DestinationConfig: NotRequired[DestinationConfig]
    Topics: NotRequired[Topics]
    Queues: NotRequired[Queues]
    SourceAccessConfigurations: NotRequired[SourceAccessConfigurations]
    SelfManagedEventSource: NotRequired[SelfManagedEventSource]
    MaximumRecordAgeInSeconds: NotRequired[MaximumRecordAgeInSeconds]
    BisectBatchOnFunctionError: NotRequired[BisectBatchOnFunctionError]
    MaximumRetryAttempts: NotRequired[MaximumRetryAttemptsEventSourceMapping]
    TumblingWindowInSeconds: NotRequired[TumblingWindowInSeconds]
    FunctionResponseTypes: NotRequired[FunctionResponseTypeList]
    AmazonManagedKafkaEventSourceConfig: NotRequired[AmazonManagedKafkaEventSourceConfig]
    SelfManagedKafkaEventSourceConfig: NotRequired[SelfManagedKafkaEventSourceConfig]
    ScalingConfig: NotRequired[ScalingConfig]
    DocumentDBEventSourceConfig: NotRequired[DocumentDBEventSourceConfig]
    KMSKeyArn: NotRequired[KMSKeyArn]
    FilterCriteriaError: NotRequired[FilterCriteriaError]
    EventSourceMappingArn: NotRequired[EventSourceMappingArn]
    MetricsConfig: NotRequired[EventSourceMappingMetricsConfig]
    LoggingConfig: NotRequired[EventSourceMappingLoggingConfig]
    ProvisionedPollerConfig: NotRequired[ProvisionedPollerConfig]


class EventSourceMappingLoggingConfig(TypedDict):
    SystemLogLevel: NotRequired[EventSourceMappingSystemLogLevel]


class EventSourceMappingMetricsConfig(TypedDict):
    Metrics: NotRequired[EventSourceMappingMetricList]


class Execution(TypedDict):
    DurableExecutionArn: DurableExecutionArn
    DurableExecutionName: DurableExecutionName
    FunctionArn: NameSpacedFunctionArn
    Status: ExecutionStatus
    StartTimestamp: ExecutionTimestamp
    EndTimestamp: NotRequired[ExecutionTimestamp]


class ExecutionDetails(TypedDict):
    InputPayload: NotRequired[InputPayload]


class ExecutionFailedDetails(TypedDict):
    Error: EventError


class ExecutionStartedDetails(TypedDict):
    Input: EventInput
    ExecutionTimeout: DurationSeconds


class ExecutionStoppedDetails(TypedDict):
    Error: EventError


class ExecutionSucceededDetails(TypedDict):
    Result: EventResult


class ExecutionTimedOutDetails(TypedDict):
    Error: NotRequired[EventError]


class FileSystemConfig(TypedDict):
    Arn: FileSystemArn
    LocalMountPath: LocalMountPath


class Filter(TypedDict):
    Pattern: NotRequired[Pattern]


class FilterCriteria(TypedDict):
    Filters: NotRequired[FilterList]


class FilterCriteriaError(TypedDict):
    ErrorCode: NotRequired[FilterCriteriaErrorCode]
    Message: NotRequired[FilterCriteriaErrorMessage]


class FunctionCode(TypedDict):
    ZipFile: NotRequired[Blob]
    S3Bucket: NotRequired[S3Bucket]
    S3Key: NotRequired[S3Key]
    S3ObjectVersion: NotRequired[S3ObjectVersion]
    ImageUri: NotRequired[String]
    SourceKMSKeyArn: NotRequired[KMSKeyArn]


class FunctionCodeLocation(TypedDict):
    RepositoryType: NotRequired[String]
    Location: NotRequired[String]
    ImageUri: NotRequired[String]
    ResolvedImageUri: NotRequired[String]
    SourceKMSKeyArn: NotRequired[String]


class FunctionConfiguration(TypedDict):
    FunctionName: NotRequired[NamespacedFunctionName]
    FunctionArn: NotRequired[NameSpacedFunctionArn]
    Runtime: NotRequired[Runtime]
    Role: NotRequired[RoleArn]
    Handler: NotRequired[Handler]
    CodeSize: NotRequired[Long]
    Description: NotRequired[Description]
    Timeout: NotRequired[Timeout]
    MemorySize: NotRequired[MemorySize]
    LastModified: NotRequired[Timestamp]
    CodeSha256: NotRequired[String]
    Version: NotRequired[Version]
    VpcConfig: NotRequired[VpcConfigResponse]
    DeadLetterConfig: NotRequired[DeadLetterConfig]
    Environment: NotRequired[EnvironmentResponse]
    KMSKeyArn: NotRequired[KMSKeyArn]
    TracingConfig: NotRequired[TracingConfigResponse]
    MasterArn: NotRequired[FunctionArn]
    RevisionId: NotRequired[String]
    Layers: NotRequired[LayersReferenceList]
    State: NotRequired[State]
    StateReason: NotRequired[StateReason]
    StateReasonCode: NotRequired[StateReasonCode]
    LastUpdateStatus: NotRequired[LastUpdateStatus]
    LastUpdateStatusReason: NotRequired[LastUpdateStatusReason]
    LastUpdateStatusReasonCode: NotRequired[LastUpdateStatusReasonCode]
    FileSystemConfigs: NotRequired[FileSystemConfigList]
    PackageType: NotRequired[PackageType]
    ImageConfigResponse: NotRequired[ImageConfigResponse]
    SigningProfileVersionArn: NotRequired[Arn]
    SigningJobArn: NotRequired[Arn]
    Architectures: NotRequired[ArchitecturesList]
    EphemeralStorage: NotRequired[EphemeralStorage]
    SnapStart: NotRequired[SnapStartResponse]
    RuntimeVersionConfig: NotRequired[RuntimeVersionConfig]
    LoggingConfig: NotRequired[LoggingConfig]
    CapacityProviderConfig: NotRequired[CapacityProviderConfig]
    ConfigSha256: NotRequired[String]
    DurableConfig: NotRequired[DurableConfig]
    TenancyConfig: NotRequired[TenancyConfig]


class FunctionEventInvokeConfig(TypedDict):
    LastModified: NotRequired[Date]
    FunctionArn: NotRequired[FunctionArn]
    MaximumRetryAttempts: NotRequired[MaximumRetryAttempts]
    MaximumEventAgeInSeconds: NotRequired[MaximumEventAgeInSeconds]
    DestinationConfig: NotRequired[DestinationConfig]


class FunctionScalingConfig(TypedDict):
    MinExecutionEnvironments: NotRequired[FunctionScalingConfigExecutionEnvironments]
    MaxExecutionEnvironments: NotRequired[FunctionScalingConfigExecutionEnvironments]


class FunctionUrlConfig(TypedDict):
    FunctionUrl: FunctionUrl
    FunctionArn: FunctionArn
    CreationTime: Timestamp
    LastModifiedTime: Timestamp
    Cors: NotRequired[Cors]
    AuthType: FunctionUrlAuthType
    InvokeMode: NotRequired[InvokeMode]


class FunctionVersionsByCapacityProviderListItem(TypedDict):
    FunctionArn: NameSpacedFunctionArn
    State: State


class GetAccountSettingsRequest(TypedDict):
    pass


class GetAccountSettingsResponse(TypedDict):
    AccountLimit: NotRequired[AccountLimit]
    AccountUsage: NotRequired[AccountUsage]


class GetAliasRequest(TypedDict):
    FunctionName: FunctionName
    Name: Alias


class GetCapacityProviderRequest(TypedDict):
    CapacityProviderName: CapacityProviderName


class GetCapacityProviderResponse(TypedDict):
    CapacityProvider: CapacityProvider


class GetCodeSigningConfigRequest(TypedDict):
    CodeSigningConfigArn: CodeSigningConfigArn


class GetCodeSigningConfigResponse(TypedDict):
    CodeSigningConfig: CodeSigningConfig


class GetDurableExecutionHistoryRequest(TypedDict):
    DurableExecutionArn: DurableExecutionArn
    IncludeExecutionData: NotRequired[IncludeExecutionData]
    MaxItems: NotRequired[ItemCount]
    Marker: NotRequired[String]
    ReverseOrder: NotRequired[ReverseOrder]


class GetDurableExecutionHistoryResponse(TypedDict):
    Events: Events
    NextMarker: NotRequired[String]


class GetDurableExecutionRequest(TypedDict):
    DurableExecutionArn: DurableExecutionArn


class GetDurableExecutionResponse(TypedDict):
    DurableExecutionArn: DurableExecutionArn
    DurableExecutionName: DurableExecutionName
    FunctionArn: NameSpacedFunctionArn
    InputPayload: NotRequired[InputPayload]
    Result: NotRequired[OutputPayload]
    Error: NotRequired[ErrorObject]
    StartTimestamp: ExecutionTimestamp
    Status: ExecutionStatus
    EndTimestamp: NotRequired[ExecutionTimestamp]
    Version: NotRequired[VersionWithLatestPublished]
    TraceHeader: NotRequired[TraceHeader]


class GetDurableExecutionStateRequest(TypedDict):
    DurableExecutionArn: DurableExecutionArn
    CheckpointToken: CheckpointToken
    Marker: NotRequired[String]
    MaxItems: NotRequired[ItemCount]


class GetDurableExecutionStateResponse(TypedDict):
    Operations: Operations
    NextMarker: NotRequired[String]


class GetEventSourceMappingRequest(TypedDict):
    UUID: String


class GetFunctionCodeSigningConfigRequest(TypedDict):
    FunctionName: NamespacedFunctionName


class GetFunctionCodeSigningConfigResponse(TypedDict):
    CodeSigningConfigArn: CodeSigningConfigArn
    FunctionName: FunctionName


class GetFunctionConcurrencyRequest(TypedDict):
    FunctionName: FunctionName


class GetFunctionConcurrencyResponse(TypedDict):
    ReservedConcurrentExecutions: NotRequired[ReservedConcurrentExecutions]


class GetFunctionConfigurationRequest(TypedDict):
    FunctionName: NamespacedFunctionName
    Qualifier: NotRequired[NumericLatestPublishedOrAliasQualifier]


class GetFunctionEventInvokeConfigRequest(TypedDict):
    FunctionName: NamespacedFunctionName
    Qualifier: NotRequired[NumericLatestPublishedOrAliasQualifier]


class GetFunctionRecursionConfigRequest(TypedDict):
    FunctionName: UnqualifiedFunctionName


class GetFunctionRecursionConfigResponse(TypedDict):
    RecursiveLoop: NotRequired[RecursiveLoop]


class GetFunctionRequest(TypedDict):
    FunctionName: NamespacedFunctionName
    Qualifier: NotRequired[NumericLatestPublishedOrAliasQualifier]


class GetFunctionResponse(TypedDict):
    Configuration: NotRequired[FunctionConfiguration]
    Code: NotRequired[FunctionCodeLocation]
    Tags: NotRequired[Tags]
    TagsError: NotRequired[TagsError]
    Concurrency: NotRequired[Concurrency]


class GetFunctionScalingConfigRequest(TypedDict):
    FunctionName: UnqualifiedFunctionName
    Qualifier: PublishedFunctionQualifier


class GetFunctionScalingConfigResponse(TypedDict):
    FunctionArn: NotRequired[FunctionArn]
    AppliedFunctionScalingConfig: NotRequired[FunctionScalingConfig]
    RequestedFunctionScalingConfig: NotRequired[FunctionScalingConfig]


class GetFunctionUrlConfigRequest(TypedDict):
    FunctionName: FunctionName
    Qualifier: NotRequired[FunctionUrlQualifier]


class GetFunctionUrlConfigResponse(TypedDict):
    FunctionUrl: FunctionUrl
    FunctionArn: FunctionArn
    AuthType: FunctionUrlAuthType
    Cors: NotRequired[Cors]
    CreationTime: Timestamp
    LastModifiedTime: Timestamp
    InvokeMode: NotRequired[InvokeMode]


class GetLayerVersionByArnRequest(TypedDict):
    Arn: LayerVersionArn


class GetLayerVersionPolicyRequest(TypedDict):
    LayerName: LayerName
    VersionNumber: LayerVersionNumber


class GetLayerVersionPolicyResponse(TypedDict):
    Policy: NotRequired[String]
    RevisionId: NotRequired[String]


class GetLayerVersionRequest(TypedDict):
    LayerName: LayerName
    VersionNumber: LayerVersionNumber


class GetLayerVersionResponse(TypedDict):
    Content: NotRequired[LayerVersionContentOutput]
    LayerArn: NotRequired[LayerArn]
    LayerVersionArn: NotRequired[LayerVersionArn]
    Description: NotRequired[Description]
    CreatedDate: NotRequired[Timestamp]
    Version: NotRequired[LayerVersionNumber]
    CompatibleRuntimes: NotRequired[CompatibleRuntimes]
    LicenseInfo: NotRequired[LicenseInfo]
    CompatibleArchitectures: NotRequired[CompatibleArchitectures]


class GetPolicyRequest(TypedDict):
    FunctionName: NamespacedFunctionName
    Qualifier: NotRequired[NumericLatestPublishedOrAliasQualifier]


class GetPolicyResponse(TypedDict):
    Policy: NotRequired[String]
    RevisionId: NotRequired[String]


class GetProvisionedConcurrencyConfigRequest(TypedDict):
    FunctionName: FunctionName
    Qualifier: Qualifier


class GetProvisionedConcurrencyConfigResponse(TypedDict):
    RequestedProvisionedConcurrentExecutions: NotRequired[PositiveInteger]
    AvailableProvisionedConcurrentExecutions: NotRequired[NonNegativeInteger]
    AllocatedProvisionedConcurrentExecutions: NotRequired[NonNegativeInteger]
    Status: NotRequired[ProvisionedConcurrencyStatusEnum]
    StatusReason: NotRequired[String]
    LastModified: NotRequired[Timestamp]


class GetRuntimeManagementConfigRequest(TypedDict):
    FunctionName: NamespacedFunctionName
    Qualifier: NotRequired[NumericLatestPublishedOrAliasQualifier]


class GetRuntimeManagementConfigResponse(TypedDict):
    UpdateRuntimeOn: NotRequired[UpdateRuntimeOn]
    RuntimeVersionArn: NotRequired[RuntimeVersionArn]
    FunctionArn: NotRequired[NameSpacedFunctionArn]


class ImageConfig(TypedDict):
    EntryPoint: NotRequired[StringList]
    Command: NotRequired[StringList]
    WorkingDirectory: NotRequired[WorkingDirectory]


class ImageConfigError(TypedDict):
    ErrorCode: NotRequired[String]
    Message: NotRequired[SensitiveString]


class ImageConfigResponse(TypedDict):
    ImageConfig: NotRequired[ImageConfig]
    Error: NotRequired[ImageConfigError]


class InstanceRequirements(TypedDict):
    Architectures: NotRequired[ArchitecturesList]
    AllowedInstanceTypes: NotRequired[InstanceTypeSet]
    ExcludedInstanceTypes: NotRequired[InstanceTypeSet]


class InvocationCompletedDetails(TypedDict):
    StartTimestamp: ExecutionTimestamp
    EndTimestamp: ExecutionTimestamp
    RequestId: String
    Error: NotRequired[EventError]


class InvocationRequest(TypedDict):
    FunctionName: NamespacedFunctionName
    InvocationType: NotRequired[InvocationType]
    LogType: NotRequired[LogType]
    ClientContext: NotRequired[String]
    DurableExecutionName: NotRequired[DurableExecutionName]
    Payload: NotRequired[Blob]
    Qualifier: NotRequired[NumericLatestPublishedOrAliasQualifier]
    TenantId: NotRequired[TenantId]


class InvocationResponse(TypedDict):
    StatusCode: NotRequired[Integer]
    FunctionError: NotRequired[String]
    LogResult: NotRequired[String]
    Payload: NotRequired[Blob]
    ExecutedVersion: NotRequired[Version]
    DurableExecutionArn: NotRequired[DurableExecutionArn]


class InvokeAsyncRequest(TypedDict):
    FunctionName: NamespacedFunctionName
    InvokeArgs: BlobStream


class InvokeAsyncResponse(TypedDict):
    Status: NotRequired[HttpStatus]


class InvokeResponseStreamUpdate(TypedDict):
    Payload: NotRequired[Blob]


class InvokeWithResponseStreamCompleteEvent(TypedDict):
    ErrorCode: NotRequired[String]
    ErrorDetails: NotRequired[String]
    LogResult: NotRequired[String]


class InvokeWithResponseStreamRequest(TypedDict):
    FunctionName: NamespacedFunctionName
    InvocationType: NotRequired[ResponseStreamingInvocationType]
    LogType: NotRequired[LogType]
    ClientContext: NotRequired[String]
    Qualifier: NotRequired[NumericLatestPublishedOrAliasQualifier]
    Payload: NotRequired[Blob]
    TenantId: NotRequired[TenantId]


class InvokeWithResponseStreamResponse(TypedDict):
    StatusCode: NotRequired[Integer]
    ExecutedVersion: NotRequired[Version]
    EventStream: NotRequired[InvokeWithResponseStreamResponseEvent]
    ResponseStreamContentType: NotRequired[String]


class InvokeWithResponseStreamResponseEvent(TypedDict):
    PayloadChunk: NotRequired[InvokeResponseStreamUpdate]
    InvokeComplete: NotRequired[InvokeWithResponseStreamCompleteEvent]


class KafkaSchemaRegistryAccessConfig(TypedDict):
    Type: NotRequired[KafkaSchemaRegistryAuthType]
    URI: NotRequired[Arn]


class KafkaSchemaRegistryConfig(TypedDict):
    SchemaRegistryURI: NotRequired[SchemaRegistryUri]
    EventRecordFormat: NotRequired[SchemaRegistryEventRecordFormat]
    AccessConfigs: NotRequired[KafkaSchemaRegistryAccessConfigList]
    SchemaValidationConfigs: NotRequired[KafkaSchemaValidationConfigList]


class KafkaSchemaValidationConfig(TypedDict):
    Attribute: NotRequired[KafkaSchemaValidationAttribute]


class LambdaManagedInstancesCapacityProviderConfig(TypedDict):
    CapacityProviderArn: CapacityProviderArn
    PerExecutionEnvironmentMaxConcurrency: NotRequired[PerExecutionEnvironmentMaxConcurrency]
    ExecutionEnvironmentMemoryGiBPerVCpu: NotRequired[ExecutionEnvironmentMemoryGiBPerVCpu]


class Layer(TypedDict):
    Arn: NotRequired[LayerVersionArn]
    CodeSize: NotRequired[Long]
    SigningProfileVersionArn: NotRequired[Arn]
    SigningJobArn: NotRequired[Arn]


class LayerVersionContentInput(TypedDict):
    S3Bucket: NotRequired[S3Bucket]
    S3Key: NotRequired[S3Key]
    S3ObjectVersion: NotRequired[S3ObjectVersion]
    ZipFile: NotRequired[Blob]


class LayerVersionContentOutput(TypedDict):
    Location: NotRequired[String]
    CodeSha256: NotRequired[String]
    CodeSize: NotRequired[Long]
    SigningProfileVersionArn: NotRequired[String]
    SigningJobArn: NotRequired[String]


class LayerVersionsListItem(TypedDict):
    LayerVersionArn: NotRequired[LayerVersionArn]
    Version: NotRequired[LayerVersionNumber]
    Description: NotRequired[Description]
    CreatedDate: NotRequired[Timestamp]
    CompatibleRuntimes: NotRequired[CompatibleRuntimes]
    LicenseInfo: NotRequired[LicenseInfo]
    CompatibleArchitectures: NotRequired[CompatibleArchitectures]


class LayersListItem(TypedDict):
    LayerName: NotRequired[LayerName]
    LayerArn: NotRequired[LayerArn]
    LatestMatchingVersion: NotRequired[LayerVersionsListItem]


class ListAliasesRequest(TypedDict):
    FunctionName: FunctionName
    FunctionVersion: NotRequired[VersionWithLatestPublished]
    Marker: NotRequired[String]
    MaxItems: NotRequired[MaxListItems]


class ListAliasesResponse(TypedDict):
    NextMarker: NotRequired[String]
    Aliases: NotRequired[AliasList]


class ListCapacityProvidersRequest(TypedDict):
    State: NotRequired[CapacityProviderState]
    Marker: NotRequired[String]
    MaxItems: NotRequired[MaxFiftyListItems]


class ListCapacityProvidersResponse(TypedDict):
    CapacityProviders: CapacityProvidersList
    NextMarker: NotRequired[String]


class ListCodeSigningConfigsRequest(TypedDict):
    Marker: NotRequired[String]
    MaxItems: NotRequired[MaxListItems]


class ListCodeSigningConfigsResponse(TypedDict):
    NextMarker: NotRequired[String]
    CodeSigningConfigs: NotRequired[CodeSigningConfigList]


class ListDurableExecutionsByFunctionRequest(TypedDict):
    FunctionName: NamespacedFunctionName
    Qualifier: NotRequired[NumericLatestPublishedOrAliasQualifier]
    DurableExecutionName: NotRequired[DurableExecutionName]
    Statuses: NotRequired[ExecutionStatusList]
    StartedAfter: NotRequired[ExecutionTimestamp]
    StartedBefore: NotRequired[ExecutionTimestamp]
    ReverseOrder: NotRequired[ReverseOrder]
    Marker: NotRequired[String]
    MaxItems: NotRequired[ItemCount]


class ListDurableExecutionsByFunctionResponse(TypedDict):
    DurableExecutions: NotRequired[DurableExecutions]
    NextMarker: NotRequired[String]


class ListEventSourceMappingsRequest(TypedDict):
    EventSourceArn: NotRequired[Arn]
    FunctionName: NotRequired[NamespacedFunctionName]
    Marker: NotRequired[String]
    MaxItems: NotRequired[MaxListItems]


class ListEventSourceMappingsResponse(TypedDict):
    NextMarker: NotRequired[String]
    EventSourceMappings: NotRequired[EventSourceMappingsList]


class ListFunctionEventInvokeConfigsRequest(TypedDict):
    FunctionName: NamespacedFunctionName
    Marker: NotRequired[String]
    MaxItems: NotRequired[MaxFunctionEventInvokeConfigListItems]


class ListFunctionEventInvokeConfigsResponse(TypedDict):
    FunctionEventInvokeConfigs: NotRequired[FunctionEventInvokeConfigList]
    NextMarker: NotRequired[String]


class ListFunctionUrlConfigsRequest(TypedDict):
    FunctionName: FunctionName
    Marker: NotRequired[String]
    MaxItems: NotRequired[MaxItems]


class ListFunctionUrlConfigsResponse(TypedDict):
    FunctionUrlConfigs: FunctionUrlConfigList
    NextMarker: NotRequired[String]


class ListFunctionVersionsByCapacityProviderRequest(TypedDict):
    CapacityProviderName: CapacityProviderName
    Marker: NotRequired[String]
    MaxItems: NotRequired[MaxFiftyListItems]


class ListFunctionVersionsByCapacityProviderResponse(TypedDict):
    CapacityProviderArn: CapacityProviderArn
    FunctionVersions: FunctionVersionsByCapacityProviderList
    NextMarker: NotRequired[String]


class ListFunctionsByCodeSigningConfigRequest(TypedDict):
    CodeSigningConfigArn: CodeSigningConfigArn
    Marker: NotRequired[String]
    MaxItems: NotRequired[MaxListItems]


class ListFunctionsByCodeSigningConfigResponse(TypedDict):
    NextMarker: NotRequired[String]
    FunctionArns: NotRequired[FunctionArnList]


class ListFunctionsRequest(TypedDict):
    MasterRegion: NotRequired[MasterRegion]
    FunctionVersion: NotRequired[FunctionVersion]
    Marker: NotRequired[String]
    MaxItems: NotRequired[MaxListItems]


class ListFunctionsResponse(TypedDict):
    NextMarker: NotRequired[String]
    Functions: NotRequired[FunctionList]


class ListLayerVersionsRequest(TypedDict):
    CompatibleRuntime: NotRequired[Runtime]
    LayerName: LayerName
    Marker: NotRequired[String]
    MaxItems: NotRequired[MaxLayerListItems]
    CompatibleArchitecture: NotRequired[Architecture]


class ListLayerVersionsResponse(TypedDict):
    NextMarker: NotRequired[String]
    LayerVersions: NotRequired[LayerVersionsList]


class ListLayersRequest(TypedDict):
    CompatibleRuntime: NotRequired[Runtime]
    Marker: NotRequired[String]
    MaxItems: NotRequired[MaxLayerListItems]
    CompatibleArchitecture: NotRequired[Architecture]


class ListLayersResponse(TypedDict):
    NextMarker: NotRequired[String]
    Layers: NotRequired[LayersList]


class ListProvisionedConcurrencyConfigsRequest(TypedDict):
    FunctionName: FunctionName
    Marker: NotRequired[String]
    MaxItems: NotRequired[MaxProvisionedConcurrencyConfigListItems]


class ListProvisionedConcurrencyConfigsResponse(TypedDict):
    ProvisionedConcurrencyConfigs: NotRequired[ProvisionedConcurrencyConfigList]
    NextMarker: NotRequired[String]


class ListTagsRequest(TypedDict):
    Resource: TaggableResource


class ListTagsResponse(TypedDict):
    Tags: NotRequired[Tags]


class ListVersionsByFunctionRequest(TypedDict):
    FunctionName: NamespacedFunctionName
    Marker: NotRequired[String]
    MaxItems: NotRequired[MaxListItems]


class ListVersionsByFunctionResponse(TypedDict):
    NextMarker: NotRequired[String]
    Versions: NotRequired[FunctionList]


class LoggingConfig(TypedDict):
    LogFormat: NotRequired[LogFormat]
    ApplicationLogLevel: NotRequired[ApplicationLogLevel]
    SystemLogLevel: NotRequired[SystemLogLevel]
    LogGroup: NotRequired[LogGroup]


class OnFailure(TypedDict):
    Destination: NotRequired[DestinationArn]


class OnSuccess(TypedDict):
    Destination: NotRequired[DestinationArn]


class Operation(TypedDict):
    Id: OperationId
    ParentId: NotRequired[OperationId]
    Name: NotRequired[OperationName]
    Type: OperationType
    SubType: NotRequired[OperationSubType]
    StartTimestamp: ExecutionTimestamp
    EndTimestamp: NotRequired[ExecutionTimestamp]
    Status: OperationStatus
    ExecutionDetails: NotRequired[ExecutionDetails]
    ContextDetails: NotRequired[ContextDetails]
    StepDetails: NotRequired[StepDetails]
    WaitDetails: NotRequired[WaitDetails]
    CallbackDetails: NotRequired[CallbackDetails]
    ChainedInvokeDetails: NotRequired[ChainedInvokeDetails]


class OperationUpdate(TypedDict):
    Id: OperationId
    ParentId: NotRequired[OperationId]
    Name: NotRequired[OperationName]
    Type: OperationType
    SubType: NotRequired[OperationSubType]
    Action: OperationAction
    Payload: NotRequired[OperationPayload]
    Error: NotRequired[ErrorObject]
    ContextOptions: NotRequired[ContextOptions]
    StepOptions: NotRequired[StepOptions]
    WaitOptions: NotRequired[WaitOptions]
    CallbackOptions: NotRequired[CallbackOptions]
    ChainedInvokeOptions: NotRequired[ChainedInvokeOptions]


class ProvisionedConcurrencyConfigListItem(TypedDict):
    FunctionArn: NotRequired[FunctionArn]
    RequestedProvisionedConcurrentExecutions: NotRequired[PositiveInteger]
    AvailableProvisionedConcurrentExecutions: NotRequired[NonNegativeInteger]
    AllocatedProvisionedConcurrentExecutions: NotRequired[NonNegativeInteger]
    Status: NotRequired[ProvisionedConcurrencyStatusEnum]
    StatusReason: NotRequired[String]
    LastModified: NotRequired[Timestamp]


class ProvisionedPollerConfig(TypedDict):
    MinimumPollers: NotRequired[MinimumNumberOfPollers]
    MaximumPollers: NotRequired[MaximumNumberOfPollers]
    PollerGroupName: NotRequired[ProvisionedPollerGroupName]


class PublishLayerVersionRequest(TypedDict):
    LayerName: LayerName
    Description: NotRequired[Description]
    Content: LayerVersionContentInput
    CompatibleRuntimes: NotRequired[CompatibleRuntimes]
    LicenseInfo: NotRequired[LicenseInfo]
    CompatibleArchitectures: NotRequired[CompatibleArchitectures]


class PublishLayerVersionResponse(TypedDict):
    Content: NotRequired[LayerVersionContentOutput]
    LayerArn: NotRequired[LayerArn]
    LayerVersionArn: NotRequired[LayerVersionArn]
    Description: NotRequired[Description]
    CreatedDate: NotRequired[Timestamp]
    Version: NotRequired[LayerVersionNumber]
    CompatibleRuntimes: NotRequired[CompatibleRuntimes]
    LicenseInfo: NotRequired[LicenseInfo]
    CompatibleArchitectures: NotRequired[CompatibleArchitectures]


class PublishVersionRequest(TypedDict):
    FunctionName: FunctionName
    CodeSha256: NotRequired[String]
    Description: NotRequired[Description]
    RevisionId: NotRequired[String]
    PublishTo: NotRequired[FunctionVersionLatestPublished]


class PutFunctionCodeSigningConfigRequest(TypedDict):
    CodeSigningConfigArn: CodeSigningConfigArn
    FunctionName: NamespacedFunctionName


class PutFunctionCodeSigningConfigResponse(TypedDict):
    CodeSigningConfigArn: CodeSigningConfigArn
    FunctionName: FunctionName


class PutFunctionConcurrencyRequest(TypedDict):
    FunctionName: FunctionName
    ReservedConcurrentExecutions: ReservedConcurrentExecutions


class PutFunctionEventInvokeConfigRequest(TypedDict):
    FunctionName: NamespacedFunctionName
    Qualifier: NotRequired[NumericLatestPublishedOrAliasQualifier]
    MaximumRetryAttempts: NotRequired[MaximumRetryAttempts]
    MaximumEventAgeInSeconds: NotRequired[MaximumEventAgeInSeconds]
    DestinationConfig: NotRequired[DestinationConfig]


class PutFunctionRecursionConfigRequest(TypedDict):
    FunctionName: UnqualifiedFunctionName
    RecursiveLoop: RecursiveLoop


class PutFunctionRecursionConfigResponse(TypedDict):
    RecursiveLoop: NotRequired[RecursiveLoop]


class PutFunctionScalingConfigRequest(TypedDict):
    FunctionName: UnqualifiedFunctionName
    Qualifier: PublishedFunctionQualifier
    FunctionScalingConfig: NotRequired[FunctionScalingConfig]


class PutFunctionScalingConfigResponse(TypedDict):
    FunctionState: NotRequired[State]


class PutProvisionedConcurrencyConfigRequest(TypedDict):
    FunctionName: FunctionName
    Qualifier: Qualifier
    ProvisionedConcurrentExecutions: PositiveInteger


class PutProvisionedConcurrencyConfigResponse(TypedDict):
    RequestedProvisionedConcurrentExecutions: NotRequired[PositiveInteger]
    AvailableProvisionedConcurrentExecutions: NotRequired[NonNegativeInteger]
    AllocatedProvisionedConcurrentExecutions: NotRequired[NonNegativeInteger]
    Status: NotRequired[ProvisionedConcurrencyStatusEnum]
    StatusReason: NotRequired[String]
    LastModified: NotRequired[Timestamp]


class PutRuntimeManagementConfigRequest(TypedDict):
    FunctionName: NamespacedFunctionName
    Qualifier: NotRequired[NumericLatestPublishedOrAliasQualifier]
    UpdateRuntimeOn: UpdateRuntimeOn
    RuntimeVersionArn: NotRequired[RuntimeVersionArn]


class PutRuntimeManagementConfigResponse(TypedDict):
    UpdateRuntimeOn: UpdateRuntimeOn
    FunctionArn: FunctionArn
    RuntimeVersionArn: NotRequired[RuntimeVersionArn]


class RemoveLayerVersionPermissionRequest(TypedDict):
    LayerName: LayerName
    VersionNumber: LayerVersionNumber
    StatementId: StatementId
    RevisionId: NotRequired[String]


class RemovePermissionRequest(TypedDict):
    FunctionName: NamespacedFunctionName
    StatementId: NamespacedStatementId
    Qualifier: NotRequired[NumericLatestPublishedOrAliasQualifier]
    RevisionId: NotRequired[String]


class RetryDetails(TypedDict):
    CurrentAttempt: NotRequired[AttemptCount]
    NextAttemptDelaySeconds: NotRequired[DurationSeconds]


class RuntimeVersionConfig(TypedDict):
    RuntimeVersionArn: NotRequired[RuntimeVersionArn]
    Error: NotRequired[RuntimeVersionError]


class RuntimeVersionError(TypedDict):
    ErrorCode: NotRequired[String]
    Message: NotRequired[SensitiveString]


class ScalingConfig(TypedDict):
    MaximumConcurrency: NotRequired[MaximumConcurrency]


class SelfManagedEventSource(TypedDict):
    Endpoints: NotRequired[Endpoints]


class SelfManagedKafkaEventSourceConfig(TypedDict):
    ConsumerGroupId: NotRequired[URI]
    SchemaRegistryConfig: NotRequired[KafkaSchemaRegistryConfig]


class SendDurableExecutionCallbackFailureRequest(TypedDict):
    CallbackId: CallbackId
    Error: NotRequired[ErrorObject]


class SendDurableExecutionCallbackFailureResponse(TypedDict):
    pass


class SendDurableExecutionCallbackHeartbeatRequest(TypedDict):
    CallbackId: CallbackId


class SendDurableExecutionCallbackHeartbeatResponse(TypedDict):
    pass


class SendDurableExecutionCallbackSuccessRequest(TypedDict):
    CallbackId: CallbackId
    Result: NotRequired[BinaryOperationPayload]


class SendDurableExecutionCallbackSuccessResponse(TypedDict):
    pass


class SnapStart(TypedDict):
    ApplyOn: NotRequired[SnapStartApplyOn]


class SnapStartResponse(TypedDict):
    ApplyOn: NotRequired[SnapStartApplyOn]
    OptimizationStatus: NotRequired[SnapStartOptimizationStatus]


class SourceAccessConfiguration(TypedDict):
    Type: NotRequired[SourceAccessType]
    URI: NotRequired[URI]


class StepDetails(TypedDict):
    Attempt: NotRequired[AttemptCount]
    NextAttemptTimestamp: NotRequired[ExecutionTimestamp]
    Result: NotRequired[OperationPayload]
    Error: NotRequired[ErrorObject]


class StepFailedDetails(TypedDict):
    Error: EventError
    RetryDetails: RetryDetails


class StepOptions(TypedDict):
    NextAttemptDelaySeconds: NotRequired[StepOptionsNextAttemptDelaySecondsInteger]


class StepStartedDetails(TypedDict):
    pass


class StepSucceededDetails(TypedDict):
    Result: EventResult
    RetryDetails: RetryDetails


class StopDurableExecutionRequest(TypedDict):
    DurableExecutionArn: DurableExecutionArn
    Error: NotRequired[ErrorObject]


class StopDurableExecutionResponse(TypedDict):
    StopTimestamp: ExecutionTimestamp


class TagResourceRequest(TypedDict):
    Resource: TaggableResource
    Tags: Tags


class TagsError(TypedDict):
    ErrorCode: TagsErrorCode
    Message: TagsErrorMessage


class TargetTrackingScalingPolicy(TypedDict):
    PredefinedMetricType: CapacityProviderPredefinedMetricType
    TargetValue: MetricTargetValue


class TenancyConfig(TypedDict):
    TenantIsolationMode: TenantIsolationMode


class TraceHeader(TypedDict):
    XAmznTraceId: NotRequired[XAmznTraceId]


class TracingConfig(TypedDict):
    Mode: NotRequired[TracingMode]


class TracingConfigResponse(TypedDict):
    Mode: NotRequired[TracingMode]


class UntagResourceRequest(TypedDict):
    Resource: TaggableResource
    TagKeys: TagKeyList


class UpdateAliasRequest(TypedDict):
    FunctionName: FunctionName
    Name: Alias
    FunctionVersion: NotRequired[VersionWithLatestPublished]
    Description: NotRequired[Description]
    RoutingConfig: NotRequired[AliasRoutingConfiguration]
    RevisionId: NotRequired[String]


class UpdateCapacityProviderRequest(TypedDict):
    CapacityProviderName: CapacityProviderName
    CapacityProviderScalingConfig: NotRequired[CapacityProviderScalingConfig]


class UpdateCapacityProviderResponse(TypedDict):
    CapacityProvider: CapacityProvider


class UpdateCodeSigningConfigRequest(TypedDict):
    CodeSigningConfigArn: CodeSigningConfigArn
    Description: NotRequired[Description]
    AllowedPublishers: NotRequired[AllowedPublishers]
    CodeSigningPolicies: NotRequired[CodeSigningPolicies]


class UpdateCodeSigningConfigResponse(TypedDict):
    CodeSigningConfig: CodeSigningConfig


class UpdateEventSourceMappingRequest(TypedDict):
    UUID: String
    FunctionName: NotRequired[NamespacedFunctionName]
    Enabled: NotRequired[Enabled]
    BatchSize: NotRequired[BatchSize]
    FilterCriteria: NotRequired[FilterCriteria]
    MaximumBatchingWindowInSeconds: NotRequired[MaximumBatchingWindowInSeconds]
    DestinationConfig: NotRequired[DestinationConfig]
    MaximumRecordAgeInSeconds: NotRequired[MaximumRecordAgeInSeconds]
    BisectBatchOnFunctionError: NotRequired[BisectBatchOnFunctionError]
    MaximumRetryAttempts: NotRequired[MaximumRetryAttemptsEventSourceMapping]
    ParallelizationFactor: NotRequired[ParallelizationFactor]
    SourceAccessConfigurations: NotRequired[SourceAccessConfigurations]
    TumblingWindowInSeconds: NotRequired[TumblingWindowInSeconds]
    FunctionResponseTypes: NotRequired[FunctionResponseTypeList]
    ScalingConfig: NotRequired[ScalingConfig]
    AmazonManagedKafkaEventSourceConfig: NotRequired[AmazonManagedKafkaEventSourceConfig]
    SelfManagedKafkaEventSourceConfig: NotRequired[SelfManagedKafkaEventSourceConfig]
    DocumentDBEventSourceConfig: NotRequired[DocumentDBEventSourceConfig]
    KMSKeyArn: NotRequired[KMSKeyArn]
    MetricsConfig: NotRequired[EventSourceMappingMetricsConfig]
    LoggingConfig: NotRequired[EventSourceMappingLoggingConfig]
    ProvisionedPollerConfig: NotRequired[ProvisionedPollerConfig]


class UpdateFunctionCodeRequest(TypedDict):
    FunctionName: FunctionName
    ZipFile: NotRequired[Blob]
    S3Bucket: NotRequired[S3Bucket]
    S3Key: NotRequired[S3Key]
    S3ObjectVersion: NotRequired[S3ObjectVersion]
    ImageUri: NotRequired[String]
    Publish: NotRequired[Boolean]
    DryRun: NotRequired[Boolean]
    RevisionId: NotRequired[String]
    Architectures: NotRequired[ArchitecturesList]
    SourceKMSKeyArn: NotRequired[KMSKeyArn]
    PublishTo: NotRequired[FunctionVersionLatestPublished]


class UpdateFunctionConfigurationRequest(TypedDict):
    FunctionName: FunctionName
    Role: NotRequired[RoleArn]
    Handler: NotRequired[Handler]
    Description: NotRequired[Description]
    Timeout: NotRequired[Timeout]
    MemorySize: NotRequired[MemorySize]
    VpcConfig: NotRequired[VpcConfig]
    Environment: NotRequired[Environment]
    Runtime: NotRequired[Runtime]
    DeadLetterConfig: NotRequired[DeadLetterConfig]
    KMSKeyArn: NotRequired[KMSKeyArn]
    TracingConfig: NotRequired[TracingConfig]
    RevisionId: NotRequired[String]
    Layers: NotRequired[LayerList]
    FileSystemConfigs: NotRequired[FileSystemConfigList]
    ImageConfig: NotRequired[ImageConfig]
    EphemeralStorage: NotRequired[EphemeralStorage]
    SnapStart: NotRequired[SnapStart]
    LoggingConfig: NotRequired[LoggingConfig]
    CapacityProviderConfig: NotRequired[CapacityProviderConfig]
    DurableConfig: NotRequired[DurableConfig]


class UpdateFunctionEventInvokeConfigRequest(TypedDict):
    FunctionName: NamespacedFunctionName
    Qualifier: NotRequired[NumericLatestPublishedOrAliasQualifier]
    MaximumRetryAttempts: NotRequired[MaximumRetryAttempts]
    MaximumEventAgeInSeconds: NotRequired[MaximumEventAgeInSeconds]
    DestinationConfig: NotRequired[DestinationConfig]


class UpdateFunctionUrlConfigRequest(TypedDict):
    FunctionName: FunctionName
    Qualifier: NotRequired[FunctionUrlQualifier]
    AuthType: NotRequired[FunctionUrlAuthType]
    Cors: NotRequired[Cors]
    InvokeMode: NotRequired[InvokeMode]


class UpdateFunctionUrlConfigResponse(TypedDict):
    FunctionUrl: FunctionUrl
    FunctionArn: FunctionArn
    AuthType: FunctionUrlAuthType
    Cors: NotRequired[Cors]
    CreationTime: Timestamp
    LastModifiedTime: Timestamp
    InvokeMode: NotRequired[InvokeMode]


class VpcConfig(TypedDict):
    SubnetIds: NotRequired[SubnetIds]
    SecurityGroupIds: NotRequired[SecurityGroupIds]
    Ipv6AllowedForDualStack: NotRequired[NullableBoolean]


class VpcConfigResponse(TypedDict):
    SubnetIds: NotRequired[SubnetIds]
    SecurityGroupIds: NotRequired[SecurityGroupIds]
    VpcId: NotRequired[VpcId]
    Ipv6AllowedForDualStack: NotRequired[NullableBoolean]


class WaitCancelledDetails(TypedDict):
    Error: NotRequired[EventError]


class WaitDetails(TypedDict):
    ScheduledEndTimestamp: NotRequired[ExecutionTimestamp]


class WaitOptions(TypedDict):
    WaitSeconds: NotRequired[WaitOptionsWaitSecondsInteger]


class WaitStartedDetails(TypedDict):
    Duration: DurationSeconds
    ScheduledEndTimestamp: ExecutionTimestamp


class WaitSucceededDetails(TypedDict):
    Duration: NotRequired[DurationSeconds]


AdditionalVersionWeights = dict[AdditionalVersion, Weight]
AliasList = list[AliasConfiguration]
AllowMethodsList = list[Method]
AllowOriginsList = list[Origin]
ArchitecturesList = list[Architecture]
CapacityProviderScalingPoliciesList = list[TargetTrackingScalingPolicy]
CapacityProviderSecurityGroupIds = list[SecurityGroupId]
CapacityProviderSubnetIds = list[SubnetId]
CapacityProvidersList = list[CapacityProvider]
CodeSigningConfigList = list[CodeSigningConfig]
CompatibleArchitectures = list[Architecture]
CompatibleRuntimes = list[Runtime]
DurableExecutions = list[Execution]
EndpointLists = list[Endpoint]
Endpoints = dict[EndPointType, EndpointLists]
EnvironmentVariables = dict[EnvironmentVariableName, EnvironmentVariableValue]
EventSourceMappingMetricList = list[EventSourceMappingMetric]
EventSourceMappingsList = list[EventSourceMappingConfiguration]
Events = list[Event]
ExecutionStatusList = list[ExecutionStatus]
FileSystemConfigList = list[FileSystemConfig]
FilterList = list[Filter]
FunctionArnList = list[FunctionArn]
FunctionEventInvokeConfigList = list[FunctionEventInvokeConfig]
FunctionList = list[FunctionConfiguration]
FunctionResponseTypeList = list[FunctionResponseType]
FunctionUrlConfigList = list[FunctionUrlConfig]
FunctionVersionsByCapacityProviderList = list[FunctionVersionsByCapacityProviderListItem]
HeadersList = list[Header]
InstanceTypeSet = list[InstanceType]
KafkaSchemaRegistryAccessConfigList = list[KafkaSchemaRegistryAccessConfig]
KafkaSchemaValidationConfigList = list[KafkaSchemaValidationConfig]
LayerList = list[LayerVersionArn]
LayerVersionsList = list[LayerVersionsListItem]
LayersList = list[LayersListItem]
LayersReferenceList = list[Layer]
OperationUpdates = list[OperationUpdate]
Operations = list[Operation]
ProvisionedConcurrencyConfigList = list[ProvisionedConcurrencyConfigListItem]
Queues = list[Queue]
SecurityGroupIds = list[SecurityGroupId]
SigningProfileVersionArns = list[Arn]
SourceAccessConfigurations = list[SourceAccessConfiguration]
StackTraceEntries = list[StackTraceEntry]
StringList = list[String]
SubnetIds = list[SubnetId]
TagKeyList = list[TagKey]
Tags = dict[TagKey, TagValue]
Topics = list[Topic]


class CallbackTimeoutException(ServiceError):
    code = "CallbackTimeoutException"
    query_code: ClassVar[str] = "CallbackTimeoutException"
    shape_name: ClassVar[str] = "CallbackTimeoutException"
    status_code = 400
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class CapacityProviderLimitExceededException(ServiceError):
    code = "CapacityProviderLimitExceededException"
    query_code: ClassVar[str] = "CapacityProviderLimitExceededException"
    shape_name: ClassVar[str] = "CapacityProviderLimitExceededException"
    status_code = 400
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class CodeSigningConfigNotFoundException(ServiceError):
    code = "CodeSigningConfigNotFoundException"
    query_code: ClassVar[str] = "CodeSigningConfigNotFoundException"
    shape_name: ClassVar[str] = "CodeSigningConfigNotFoundException"
    status_code = 404
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class CodeStorageExceededException(ServiceError):
    code = "CodeStorageExceededException"
    query_code: ClassVar[str] = "CodeStorageExceededException"
    shape_name: ClassVar[str] = "CodeStorageExceededException"
    status_code = 400
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class CodeVerificationFailedException(ServiceError):
    code = "CodeVerificationFailedException"
    query_code: ClassVar[str] = "CodeVerificationFailedException"
    shape_name: ClassVar[str] = "CodeVerificationFailedException"
    status_code = 400
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class DurableExecutionAlreadyStartedException(ServiceError):
    code = "DurableExecutionAlreadyStartedException"
    query_code: ClassVar[str] = "DurableExecutionAlreadyStartedException"
    shape_name: ClassVar[str] = "DurableExecutionAlreadyStartedException"
    status_code = 409
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class EC2AccessDeniedException(ServiceError):
    code = "EC2AccessDeniedException"
    query_code: ClassVar[str] = "EC2AccessDeniedException"
    shape_name: ClassVar[str] = "EC2AccessDeniedException"
    status_code = 502
    sender_fault = False

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class EC2ThrottledException(ServiceError):
    code = "EC2ThrottledException"
    query_code: ClassVar[str] = "EC2ThrottledException"
    shape_name: ClassVar[str] = "EC2ThrottledException"
    status_code = 502
    sender_fault = False

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class EC2UnexpectedException(ServiceError):
    code = "EC2UnexpectedException"
    query_code: ClassVar[str] = "EC2UnexpectedException"
    shape_name: ClassVar[str] = "EC2UnexpectedException"
    status_code = 502
    sender_fault = False

    def __init__(
        self, message: str = "", *, type: String | None = None, ec2_error_code: String | None = None
    ) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type, "EC2ErrorCode": ec2_error_code}))


class EFSIOException(ServiceError):
    code = "EFSIOException"
    query_code: ClassVar[str] = "EFSIOException"
    shape_name: ClassVar[str] = "EFSIOException"
    status_code = 410
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class EFSMountConnectivityException(ServiceError):
    code = "EFSMountConnectivityException"
    query_code: ClassVar[str] = "EFSMountConnectivityException"
    shape_name: ClassVar[str] = "EFSMountConnectivityException"
    status_code = 408
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class EFSMountFailureException(ServiceError):
    code = "EFSMountFailureException"
    query_code: ClassVar[str] = "EFSMountFailureException"
    shape_name: ClassVar[str] = "EFSMountFailureException"
    status_code = 403
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class EFSMountTimeoutException(ServiceError):
    code = "EFSMountTimeoutException"
    query_code: ClassVar[str] = "EFSMountTimeoutException"
    shape_name: ClassVar[str] = "EFSMountTimeoutException"
    status_code = 408
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class ENILimitReachedException(ServiceError):
    code = "ENILimitReachedException"
    query_code: ClassVar[str] = "ENILimitReachedException"
    shape_name: ClassVar[str] = "ENILimitReachedException"
    status_code = 502
    sender_fault = False

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class FunctionVersionsPerCapacityProviderLimitExceededException(ServiceError):
    code = "FunctionVersionsPerCapacityProviderLimitExceededException"
    query_code: ClassVar[str] = "FunctionVersionsPerCapacityProviderLimitExceededException"
    shape_name: ClassVar[str] = "FunctionVersionsPerCapacityProviderLimitExceededException"
    status_code = 400
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class InvalidCodeSignatureException(ServiceError):
    code = "InvalidCodeSignatureException"
    query_code: ClassVar[str] = "InvalidCodeSignatureException"
    shape_name: ClassVar[str] = "InvalidCodeSignatureException"
    status_code = 400
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class InvalidParameterValueException(ServiceError):
    code = "InvalidParameterValueException"
    query_code: ClassVar[str] = "InvalidParameterValueException"
    shape_name: ClassVar[str] = "InvalidParameterValueException"
    status_code = 400
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class InvalidRequestContentException(ServiceError):
    code = "InvalidRequestContentException"
    query_code: ClassVar[str] = "InvalidRequestContentException"
    shape_name: ClassVar[str] = "InvalidRequestContentException"
    status_code = 400
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class InvalidRuntimeException(ServiceError):
    code = "InvalidRuntimeException"
    query_code: ClassVar[str] = "InvalidRuntimeException"
    shape_name: ClassVar[str] = "InvalidRuntimeException"
    status_code = 502
    sender_fault = False

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class InvalidSecurityGroupIDException(ServiceError):
    code = "InvalidSecurityGroupIDException"
    query_code: ClassVar[str] = "InvalidSecurityGroupIDException"
    shape_name: ClassVar[str] = "InvalidSecurityGroupIDException"
    status_code = 502
    sender_fault = False

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class InvalidSubnetIDException(ServiceError):
    code = "InvalidSubnetIDException"
    query_code: ClassVar[str] = "InvalidSubnetIDException"
    shape_name: ClassVar[str] = "InvalidSubnetIDException"
    status_code = 502
    sender_fault = False

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class InvalidZipFileException(ServiceError):
    code = "InvalidZipFileException"
    query_code: ClassVar[str] = "InvalidZipFileException"
    shape_name: ClassVar[str] = "InvalidZipFileException"
    status_code = 502
    sender_fault = False

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class KMSAccessDeniedException(ServiceError):
    code = "KMSAccessDeniedException"
    query_code: ClassVar[str] = "KMSAccessDeniedException"
    shape_name: ClassVar[str] = "KMSAccessDeniedException"
    status_code = 502
    sender_fault = False

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class KMSDisabledException(ServiceError):
    code = "KMSDisabledException"
    query_code: ClassVar[str] = "KMSDisabledException"
    shape_name: ClassVar[str] = "KMSDisabledException"
    status_code = 502
    sender_fault = False

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class KMSInvalidStateException(ServiceError):
    code = "KMSInvalidStateException"
    query_code: ClassVar[str] = "KMSInvalidStateException"
    shape_name: ClassVar[str] = "KMSInvalidStateException"
    status_code = 502
    sender_fault = False

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class KMSNotFoundException(ServiceError):
    code = "KMSNotFoundException"
    query_code: ClassVar[str] = "KMSNotFoundException"
    shape_name: ClassVar[str] = "KMSNotFoundException"
    status_code = 502
    sender_fault = False

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class NoPublishedVersionException(ServiceError):
    code = "NoPublishedVersionException"
    query_code: ClassVar[str] = "NoPublishedVersionException"
    shape_name: ClassVar[str] = "NoPublishedVersionException"
    status_code = 400
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class PolicyLengthExceededException(ServiceError):
    code = "PolicyLengthExceededException"
    query_code: ClassVar[str] = "PolicyLengthExceededException"
    shape_name: ClassVar[str] = "PolicyLengthExceededException"
    status_code = 400
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class PreconditionFailedException(ServiceError):
    code = "PreconditionFailedException"
    query_code: ClassVar[str] = "PreconditionFailedException"
    shape_name: ClassVar[str] = "PreconditionFailedException"
    status_code = 412
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class ProvisionedConcurrencyConfigNotFoundException(ServiceError):
    code = "ProvisionedConcurrencyConfigNotFoundException"
    query_code: ClassVar[str] = "ProvisionedConcurrencyConfigNotFoundException"
    shape_name: ClassVar[str] = "ProvisionedConcurrencyConfigNotFoundException"
    status_code = 404
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class RecursiveInvocationException(ServiceError):
    code = "RecursiveInvocationException"
    query_code: ClassVar[str] = "RecursiveInvocationException"
    shape_name: ClassVar[str] = "RecursiveInvocationException"
    status_code = 400
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class RequestTooLargeException(ServiceError):
    code = "RequestTooLargeException"
    query_code: ClassVar[str] = "RequestTooLargeException"
    shape_name: ClassVar[str] = "RequestTooLargeException"
    status_code = 413
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class ResourceConflictException(ServiceError):
    code = "ResourceConflictException"
    query_code: ClassVar[str] = "ResourceConflictException"
    shape_name: ClassVar[str] = "ResourceConflictException"
    status_code = 409
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class ResourceInUseException(ServiceError):
    code = "ResourceInUseException"
    query_code: ClassVar[str] = "ResourceInUseException"
    shape_name: ClassVar[str] = "ResourceInUseException"
    status_code = 400
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class ResourceNotFoundException(ServiceError):
    code = "ResourceNotFoundException"
    query_code: ClassVar[str] = "ResourceNotFoundException"
    shape_name: ClassVar[str] = "ResourceNotFoundException"
    status_code = 404
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class ResourceNotReadyException(ServiceError):
    code = "ResourceNotReadyException"
    query_code: ClassVar[str] = "ResourceNotReadyException"
    shape_name: ClassVar[str] = "ResourceNotReadyException"
    status_code = 502
    sender_fault = False

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class S3FilesMountConnectivityException(ServiceError):
    code = "S3FilesMountConnectivityException"
    query_code: ClassVar[str] = "S3FilesMountConnectivityException"
    shape_name: ClassVar[str] = "S3FilesMountConnectivityException"
    status_code = 408
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class S3FilesMountFailureException(ServiceError):
    code = "S3FilesMountFailureException"
    query_code: ClassVar[str] = "S3FilesMountFailureException"
    shape_name: ClassVar[str] = "S3FilesMountFailureException"
    status_code = 403
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class S3FilesMountTimeoutException(ServiceError):
    code = "S3FilesMountTimeoutException"
    query_code: ClassVar[str] = "S3FilesMountTimeoutException"
    shape_name: ClassVar[str] = "S3FilesMountTimeoutException"
    status_code = 408
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class SerializedRequestEntityTooLargeException(ServiceError):
    code = "SerializedRequestEntityTooLargeException"
    query_code: ClassVar[str] = "SerializedRequestEntityTooLargeException"
    shape_name: ClassVar[str] = "SerializedRequestEntityTooLargeException"
    status_code = 413
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class ServiceException(ServiceError):
    code = "ServiceException"
    query_code: ClassVar[str] = "ServiceException"
    shape_name: ClassVar[str] = "ServiceException"
    status_code = 500
    sender_fault = False

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class SnapStartException(ServiceError):
    code = "SnapStartException"
    query_code: ClassVar[str] = "SnapStartException"
    shape_name: ClassVar[str] = "SnapStartException"
    status_code = 400
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class SnapStartNotReadyException(ServiceError):
    code = "SnapStartNotReadyException"
    query_code: ClassVar[str] = "SnapStartNotReadyException"
    shape_name: ClassVar[str] = "SnapStartNotReadyException"
    status_code = 409
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class SnapStartTimeoutException(ServiceError):
    code = "SnapStartTimeoutException"
    query_code: ClassVar[str] = "SnapStartTimeoutException"
    shape_name: ClassVar[str] = "SnapStartTimeoutException"
    status_code = 408
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class SubnetIPAddressLimitReachedException(ServiceError):
    code = "SubnetIPAddressLimitReachedException"
    query_code: ClassVar[str] = "SubnetIPAddressLimitReachedException"
    shape_name: ClassVar[str] = "SubnetIPAddressLimitReachedException"
    status_code = 502
    sender_fault = False

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


class TooManyRequestsException(ServiceError):
    code = "TooManyRequestsException"
    query_code: ClassVar[str] = "TooManyRequestsException"
    shape_name: ClassVar[str] = "TooManyRequestsException"
    status_code = 429
    sender_fault = True

    def __init__(
        self,
        message: str = "",
        *,
        retry_after_seconds: String | None = None,
        type: String | None = None,
        reason: ThrottleReason | None = None,
    ) -> None:
        super().__init__(message)
        self.fields.update(
            omit_none({"retryAfterSeconds": retry_after_seconds, "Type": type, "Reason": reason})
        )


class UnsupportedMediaTypeException(ServiceError):
    code = "UnsupportedMediaTypeException"
    query_code: ClassVar[str] = "UnsupportedMediaTypeException"
    shape_name: ClassVar[str] = "UnsupportedMediaTypeException"
    status_code = 415
    sender_fault = True

    def __init__(self, message: str = "", *, type: String | None = None) -> None:
        super().__init__(message)
        self.fields.update(omit_none({"Type": type}))


ERRORS: dict[str, type[ServiceError]] = {
    "CallbackTimeoutException": CallbackTimeoutException,
    "CapacityProviderLimitExceededException": CapacityProviderLimitExceededException,
    "CodeSigningConfigNotFoundException": CodeSigningConfigNotFoundException,
    "CodeStorageExceededException": CodeStorageExceededException,
    "CodeVerificationFailedException": CodeVerificationFailedException,
    "DurableExecutionAlreadyStartedException": DurableExecutionAlreadyStartedException,
    "EC2AccessDeniedException": EC2AccessDeniedException,
    "EC2ThrottledException": EC2ThrottledException,
    "EC2UnexpectedException": EC2UnexpectedException,
    "EFSIOException": EFSIOException,
    "EFSMountConnectivityException": EFSMountConnectivityException,
    "EFSMountFailureException": EFSMountFailureException,
    "EFSMountTimeoutException": EFSMountTimeoutException,
    "ENILimitReachedException": ENILimitReachedException,
    "FunctionVersionsPerCapacityProviderLimitExceededException": FunctionVersionsPerCapacityProviderLimitExceededException,
    "InvalidCodeSignatureException": InvalidCodeSignatureException,
    "InvalidParameterValueException": InvalidParameterValueException,
    "InvalidRequestContentException": InvalidRequestContentException,
    "InvalidRuntimeException": InvalidRuntimeException,
    "InvalidSecurityGroupIDException": InvalidSecurityGroupIDException,
    "InvalidSubnetIDException": InvalidSubnetIDException,
    "InvalidZipFileException": InvalidZipFileException,
    "KMSAccessDeniedException": KMSAccessDeniedException,
    "KMSDisabledException": KMSDisabledException,
    "KMSInvalidStateException": KMSInvalidStateException,
    "KMSNotFoundException": KMSNotFoundException,
    "NoPublishedVersionException": NoPublishedVersionException,
    "PolicyLengthExceededException": PolicyLengthExceededException,
    "PreconditionFailedException": PreconditionFailedException,
    "ProvisionedConcurrencyConfigNotFoundException": ProvisionedConcurrencyConfigNotFoundException,
    "RecursiveInvocationException": RecursiveInvocationException,
    "RequestTooLargeException": RequestTooLargeException,
    "ResourceConflictException": ResourceConflictException,
    "ResourceInUseException": ResourceInUseException,
    "ResourceNotFoundException": ResourceNotFoundException,
    "ResourceNotReadyException": ResourceNotReadyException,
    "S3FilesMountConnectivityException": S3FilesMountConnectivityException,
    "S3FilesMountFailureException": S3FilesMountFailureException,
    "S3FilesMountTimeoutException": S3FilesMountTimeoutException,
    "SerializedRequestEntityTooLargeException": SerializedRequestEntityTooLargeException,
    "ServiceException": ServiceException,
    "SnapStartException": SnapStartException,
    "SnapStartNotReadyException": SnapStartNotReadyException,
    "SnapStartTimeoutException": SnapStartTimeoutException,
    "SubnetIPAddressLimitReachedException": SubnetIPAddressLimitReachedException,
    "TooManyRequestsException": TooManyRequestsException,
    "UnsupportedMediaTypeException": UnsupportedMediaTypeException,
}


class LambdaApi(ServiceApi):
    service = "lambda"
    iam_prefix = "lambda"
    operations: ClassVar[dict[str, OperationSpec]] = {
        "AddLayerVersionPermission": OperationSpec(
            "add_layer_version_permission",
            {
                "LayerName": "layer_name",
                "VersionNumber": "version_number",
                "StatementId": "statement_id",
                "Action": "action",
                "Principal": "principal",
                "OrganizationId": "organization_id",
                "RevisionId": "revision_id",
            },
        ),
        "AddPermission": OperationSpec(
            "add_permission",
            {
                "FunctionName": "function_name",
                "StatementId": "statement_id",
                "Action": "action",
                "Principal": "principal",
                "SourceArn": "source_arn",
                "SourceAccount": "source_account",
                "EventSourceToken": "event_source_token",
                "Qualifier": "qualifier",
                "RevisionId": "revision_id",
                "PrincipalOrgID": "principal_org_id",
                "FunctionUrlAuthType": "function_url_auth_type",
                "InvokedViaFunctionUrl": "invoked_via_function_url",
            },
        ),
        "CheckpointDurableExecution": OperationSpec(
            "checkpoint_durable_execution",
            {
                "DurableExecutionArn": "durable_execution_arn",
                "CheckpointToken": "checkpoint_token",
                "Updates": "updates",
                "ClientToken": "client_token",
            },
        ),
        "CreateAlias": OperationSpec(
            "create_alias",
            {
                "FunctionName": "function_name",
                "Name": "name",
                "FunctionVersion": "function_version",
                "Description": "description",
                "RoutingConfig": "routing_config",
            },
        ),
        "CreateCapacityProvider": OperationSpec(
            "create_capacity_provider",
            {
                "CapacityProviderName": "capacity_provider_name",
                "VpcConfig": "vpc_config",
                "PermissionsConfig": "permissions_config",
                "InstanceRequirements": "instance_requirements",
                "CapacityProviderScalingConfig": "capacity_provider_scaling_config",
                "KmsKeyArn": "kms_key_arn",
                "Tags": "tags",
            },
        ),
        "CreateCodeSigningConfig": OperationSpec(
            "create_code_signing_config",
            {
                "Description": "description",
                "AllowedPublishers": "allowed_publishers",
                "CodeSigningPolicies": "code_signing_policies",
                "Tags": "tags",
            },
        ),
        "CreateEventSourceMapping": OperationSpec(
            "create_event_source_mapping",
            {
                "EventSourceArn": "event_source_arn",
                "FunctionName": "function_name",
                "Enabled": "enabled",
                "BatchSize": "batch_size",
                "FilterCriteria": "filter_criteria",
                "MaximumBatchingWindowInSeconds": "maximum_batching_window_in_seconds",
                "ParallelizationFactor": "parallelization_factor",
                "StartingPosition": "starting_position",
                "StartingPositionTimestamp": "starting_position_timestamp",
                "DestinationConfig": "destination_config",
                "MaximumRecordAgeInSeconds": "maximum_record_age_in_seconds",
                "BisectBatchOnFunctionError": "bisect_batch_on_function_error",
                "MaximumRetryAttempts": "maximum_retry_attempts",
                "Tags": "tags",
                "TumblingWindowInSeconds": "tumbling_window_in_seconds",
                "Topics": "topics",
                "Queues": "queues",
                "SourceAccessConfigurations": "source_access_configurations",
                "SelfManagedEventSource": "self_managed_event_source",
                "FunctionResponseTypes": "function_response_types",
                "AmazonManagedKafkaEventSourceConfig": "amazon_managed_kafka_event_source_config",
                "SelfManagedKafkaEventSourceConfig": "self_managed_kafka_event_source_config",
                "ScalingConfig": "scaling_config",
                "DocumentDBEventSourceConfig": "document_db_event_source_config",
                "KMSKeyArn": "kms_key_arn",
                "MetricsConfig": "metrics_config",
                "LoggingConfig": "logging_config",
                "ProvisionedPollerConfig": "provisioned_poller_config",
            },
        ),
        "CreateFunction": OperationSpec(
            "create_function",
            {
                "FunctionName": "function_name",
                "Runtime": "runtime",
                "Role": "role",
                "Handler": "handler",
                "Code": "code",
                "Description": "description",
                "Timeout": "timeout",
                "MemorySize": "memory_size",
                "Publish": "publish",
                "VpcConfig": "vpc_config",
                "PackageType": "package_type",
                "DeadLetterConfig": "dead_letter_config",
                "Environment": "environment",
                "KMSKeyArn": "kms_key_arn",
                "TracingConfig": "tracing_config",
                "Tags": "tags",
                "Layers": "layers",
                "FileSystemConfigs": "file_system_configs",
                "ImageConfig": "image_config",
                "CodeSigningConfigArn": "code_signing_config_arn",
                "Architectures": "architectures",
                "EphemeralStorage": "ephemeral_storage",
                "SnapStart": "snap_start",
                "LoggingConfig": "logging_config",
                "CapacityProviderConfig": "capacity_provider_config",
                "PublishTo": "publish_to",
                "DurableConfig": "durable_config",
                "TenancyConfig": "tenancy_config",
            },
        ),
        "CreateFunctionUrlConfig": OperationSpec(
            "create_function_url_config",
            {
                "FunctionName": "function_name",
                "Qualifier": "qualifier",
                "AuthType": "auth_type",
                "Cors": "cors",
                "InvokeMode": "invoke_mode",
            },
        ),
        "DeleteAlias": OperationSpec("delete_alias", {"FunctionName": "function_name", "Name": "name"}),
        "DeleteCapacityProvider": OperationSpec(
            "delete_capacity_provider", {"CapacityProviderName": "capacity_provider_name"}
        ),
        "DeleteCodeSigningConfig": OperationSpec(
            "delete_code_signing_config", {"CodeSigningConfigArn": "code_signing_config_arn"}
        ),
        "DeleteEventSourceMapping": OperationSpec("delete_event_source_mapping", {"UUID": "uuid"}),
        "DeleteFunction": OperationSpec(
            "delete_function", {"FunctionName": "function_name", "Qualifier": "qualifier"}
        ),
        "DeleteFunctionCodeSigningConfig": OperationSpec(
            "delete_function_code_signing_config", {"FunctionName": "function_name"}
        ),
        "DeleteFunctionConcurrency": OperationSpec(
            "delete_function_concurrency", {"FunctionName": "function_name"}
        ),
        "DeleteFunctionEventInvokeConfig": OperationSpec(
            "delete_function_event_invoke_config", {"FunctionName": "function_name", "Qualifier": "qualifier"}
        ),
        "DeleteFunctionUrlConfig": OperationSpec(
            "delete_function_url_config", {"FunctionName": "function_name", "Qualifier": "qualifier"}
        ),
        "DeleteLayerVersion": OperationSpec(
            "delete_layer_version", {"LayerName": "layer_name", "VersionNumber": "version_number"}
        ),
        "DeleteProvisionedConcurrencyConfig": OperationSpec(
            "delete_provisioned_concurrency_config",
            {"FunctionName": "function_name", "Qualifier": "qualifier"},
        ),
        "GetAccountSettings": OperationSpec("get_account_settings", {}),
        "GetAlias": OperationSpec("get_alias", {"FunctionName": "function_name", "Name": "name"}),
        "GetCapacityProvider": OperationSpec(
            "get_capacity_provider", {"CapacityProviderName": "capacity_provider_name"}
        ),
        "GetCodeSigningConfig": OperationSpec(
            "get_code_signing_config", {"CodeSigningConfigArn": "code_signing_config_arn"}
        ),
        "GetDurableExecution": OperationSpec(
            "get_durable_execution", {"DurableExecutionArn": "durable_execution_arn"}
        ),
        "GetDurableExecutionHistory": OperationSpec(
            "get_durable_execution_history",
            {
                "DurableExecutionArn": "durable_execution_arn",
                "IncludeExecutionData": "include_execution_data",
                "MaxItems": "max_items",
                "Marker": "marker",
                "ReverseOrder": "reverse_order",
            },
        ),
        "GetDurableExecutionState": OperationSpec(
            "get_durable_execution_state",
            {
                "DurableExecutionArn": "durable_execution_arn",
                "CheckpointToken": "checkpoint_token",
                "Marker": "marker",
                "MaxItems": "max_items",
            },
        ),
        "GetEventSourceMapping": OperationSpec("get_event_source_mapping", {"UUID": "uuid"}),
        "GetFunction": OperationSpec(
            "get_function", {"FunctionName": "function_name", "Qualifier": "qualifier"}
        ),
        "GetFunctionCodeSigningConfig": OperationSpec(
            "get_function_code_signing_config", {"FunctionName": "function_name"}
        ),
        "GetFunctionConcurrency": OperationSpec(
            "get_function_concurrency", {"FunctionName": "function_name"}
        ),
        "GetFunctionConfiguration": OperationSpec(
            "get_function_configuration", {"FunctionName": "function_name", "Qualifier": "qualifier"}
        ),
        "GetFunctionEventInvokeConfig": OperationSpec(
            "get_function_event_invoke_config", {"FunctionName": "function_name", "Qualifier": "qualifier"}
        ),
        "GetFunctionRecursionConfig": OperationSpec(
            "get_function_recursion_config", {"FunctionName": "function_name"}
        ),
        "GetFunctionScalingConfig": OperationSpec(
            "get_function_scaling_config", {"FunctionName": "function_name", "Qualifier": "qualifier"}
        ),
        "GetFunctionUrlConfig": OperationSpec(
            "get_function_url_config", {"FunctionName": "function_name", "Qualifier": "qualifier"}
        ),
        "GetLayerVersion": OperationSpec(
            "get_layer_version", {"LayerName": "layer_name", "VersionNumber": "version_number"}
        ),
        "GetLayerVersionByArn": OperationSpec("get_layer_version_by_arn", {"Arn": "arn"}),
        "GetLayerVersionPolicy": OperationSpec(
            "get_layer_version_policy", {"LayerName": "layer_name", "VersionNumber": "version_number"}
        ),
        "GetPolicy": OperationSpec("get_policy", {"FunctionName": "function_name", "Qualifier": "qualifier"}),
        "GetProvisionedConcurrencyConfig": OperationSpec(
            "get_provisioned_concurrency_config", {"FunctionName": "function_name", "Qualifier": "qualifier"}
        ),
        "GetRuntimeManagementConfig": OperationSpec(
            "get_runtime_management_config", {"FunctionName": "function_name", "Qualifier": "qualifier"}
        ),
        "Invoke": OperationSpec(
            "invoke",
            {
                "FunctionName": "function_name",
                "InvocationType": "invocation_type",
                "LogType": "log_type",
                "ClientContext": "client_context",
                "DurableExecutionName": "durable_execution_name",
                "Payload": "payload",
                "Qualifier": "qualifier",
                "TenantId": "tenant_id",
            },
        ),
        "InvokeAsync": OperationSpec(
            "invoke_async", {"FunctionName": "function_name", "InvokeArgs": "invoke_args"}
        ),
        "InvokeWithResponseStream": OperationSpec(
            "invoke_with_response_stream",
            {
                "FunctionName": "function_name",
                "InvocationType": "invocation_type",
                "LogType": "log_type",
                "ClientContext": "client_context",
                "Qualifier": "qualifier",
                "Payload": "payload",
                "TenantId": "tenant_id",
            },
        ),
        "ListAliases": OperationSpec(
            "list_aliases",
            {
                "FunctionName": "function_name",
                "FunctionVersion": "function_version",
                "Marker": "marker",
                "MaxItems": "max_items",
            },
        ),
        "ListCapacityProviders": OperationSpec(
            "list_capacity_providers", {"State": "state", "Marker": "marker", "MaxItems": "max_items"}
        ),
        "ListCodeSigningConfigs": OperationSpec(
            "list_code_signing_configs", {"Marker": "marker", "MaxItems": "max_items"}
        ),
        "ListDurableExecutionsByFunction": OperationSpec(
            "list_durable_executions_by_function",
            {
                "FunctionName": "function_name",
                "Qualifier": "qualifier",
                "DurableExecutionName": "durable_execution_name",
                "Statuses": "statuses",
                "StartedAfter": "started_after",
                "StartedBefore": "started_before",
                "ReverseOrder": "reverse_order",
                "Marker": "marker",
                "MaxItems": "max_items",
            },
        ),
        "ListEventSourceMappings": OperationSpec(
            "list_event_source_mappings",
            {
                "EventSourceArn": "event_source_arn",
                "FunctionName": "function_name",
                "Marker": "marker",
                "MaxItems": "max_items",
            },
        ),
        "ListFunctionEventInvokeConfigs": OperationSpec(
            "list_function_event_invoke_configs",
            {"FunctionName": "function_name", "Marker": "marker", "MaxItems": "max_items"},
        ),
        "ListFunctionUrlConfigs": OperationSpec(
            "list_function_url_configs",
            {"FunctionName": "function_name", "Marker": "marker", "MaxItems": "max_items"},
        ),
        "ListFunctionVersionsByCapacityProvider": OperationSpec(
            "list_function_versions_by_capacity_provider",
            {"CapacityProviderName": "capacity_provider_name", "Marker": "marker", "MaxItems": "max_items"},
        ),
        "ListFunctions": OperationSpec(
            "list_functions",
            {
                "MasterRegion": "master_region",
                "FunctionVersion": "function_version",
                "Marker": "marker",
                "MaxItems": "max_items",
            },
        ),
        "ListFunctionsByCodeSigningConfig": OperationSpec(
            "list_functions_by_code_signing_config",
            {"CodeSigningConfigArn": "code_signing_config_arn", "Marker": "marker", "MaxItems": "max_items"},
        ),
        "ListLayerVersions": OperationSpec(
            "list_layer_versions",
            {
                "CompatibleRuntime": "compatible_runtime",
                "LayerName": "layer_name",
                "Marker": "marker",
                "MaxItems": "max_items",
                "CompatibleArchitecture": "compatible_architecture",
            },
        ),
        "ListLayers": OperationSpec(
            "list_layers",
            {
                "CompatibleRuntime": "compatible_runtime",
                "Marker": "marker",
                "MaxItems": "max_items",
                "CompatibleArchitecture": "compatible_architecture",
            },
        ),
        "ListProvisionedConcurrencyConfigs": OperationSpec(
            "list_provisioned_concurrency_configs",
            {"FunctionName": "function_name", "Marker": "marker", "MaxItems": "max_items"},
        ),
        "ListTags": OperationSpec("list_tags", {"Resource": "resource"}),
        "ListVersionsByFunction": OperationSpec(
            "list_versions_by_function",
            {"FunctionName": "function_name", "Marker": "marker", "MaxItems": "max_items"},
        ),
        "PublishLayerVersion": OperationSpec(
            "publish_layer_version",
            {
                "LayerName": "layer_name",
                "Description": "description",
                "Content": "content",
                "CompatibleRuntimes": "compatible_runtimes",
                "LicenseInfo": "license_info",
                "CompatibleArchitectures": "compatible_architectures",
            },
        ),
        "PublishVersion": OperationSpec(
            "publish_version",
            {
                "FunctionName": "function_name",
                "CodeSha256": "code_sha256",
                "Description": "description",
                "RevisionId": "revision_id",
                "PublishTo": "publish_to",
            },
        ),
        "PutFunctionCodeSigningConfig": OperationSpec(
            "put_function_code_signing_config",
            {"CodeSigningConfigArn": "code_signing_config_arn", "FunctionName": "function_name"},
        ),
        "PutFunctionConcurrency": OperationSpec(
            "put_function_concurrency",
            {
                "FunctionName": "function_name",
                "ReservedConcurrentExecutions": "reserved_concurrent_executions",
            },
        ),
        "PutFunctionEventInvokeConfig": OperationSpec(
            "put_function_event_invoke_config",
            {
                "FunctionName": "function_name",
                "Qualifier": "qualifier",
                "MaximumRetryAttempts": "maximum_retry_attempts",
                "MaximumEventAgeInSeconds": "maximum_event_age_in_seconds",
                "DestinationConfig": "destination_config",
            },
        ),
        "PutFunctionRecursionConfig": OperationSpec(
            "put_function_recursion_config",
            {"FunctionName": "function_name", "RecursiveLoop": "recursive_loop"},
        ),
        "PutFunctionScalingConfig": OperationSpec(
            "put_function_scaling_config",
            {
                "FunctionName": "function_name",
                "Qualifier": "qualifier",
                "FunctionScalingConfig": "function_scaling_config",
            },
        ),
        "PutProvisionedConcurrencyConfig": OperationSpec(
            "put_provisioned_concurrency_config",
            {
                "FunctionName": "function_name",
                "Qualifier": "qualifier",
                "ProvisionedConcurrentExecutions": "provisioned_concurrent_executions",
            },
        ),
        "PutRuntimeManagementConfig": OperationSpec(
            "put_runtime_management_config",
            {
                "FunctionName": "function_name",
                "Qualifier": "qualifier",
                "UpdateRuntimeOn": "update_runtime_on",
                "RuntimeVersionArn": "runtime_version_arn",
            },
        ),
        "RemoveLayerVersionPermission": OperationSpec(
            "remove_layer_version_permission",
            {
                "LayerName": "layer_name",
                "VersionNumber": "version_number",
                "StatementId": "statement_id",
                "RevisionId": "revision_id",
            },
        ),
        "RemovePermission": OperationSpec(
            "remove_permission",
            {
                "FunctionName": "function_name",
                "StatementId": "statement_id",
                "Qualifier": "qualifier",
                "RevisionId": "revision_id",
            },
        ),
        "SendDurableExecutionCallbackFailure": OperationSpec(
            "send_durable_execution_callback_failure", {"CallbackId": "callback_id", "Error": "error"}
        ),
        "SendDurableExecutionCallbackHeartbeat": OperationSpec(
            "send_durable_execution_callback_heartbeat", {"CallbackId": "callback_id"}
        ),
        "SendDurableExecutionCallbackSuccess": OperationSpec(
            "send_durable_execution_callback_success", {"CallbackId": "callback_id", "Result": "result"}
        ),
        "StopDurableExecution": OperationSpec(
            "stop_durable_execution", {"DurableExecutionArn": "durable_execution_arn", "Error": "error"}
        ),
        "TagResource": OperationSpec("tag_resource", {"Resource": "resource", "Tags": "tags"}),
        "UntagResource": OperationSpec("untag_resource", {"Resource": "resource", "TagKeys": "tag_keys"}),
        "UpdateAlias": OperationSpec(
            "update_alias",
            {
                "FunctionName": "function_name",
                "Name": "name",
                "FunctionVersion": "function_version",
                "Description": "description",
                "RoutingConfig": "routing_config",
                "RevisionId": "revision_id",
            },
        ),
        "UpdateCapacityProvider": OperationSpec(
            "update_capacity_provider",
            {
                "CapacityProviderName": "capacity_provider_name",
                "CapacityProviderScalingConfig": "capacity_provider_scaling_config",
            },
        ),
        "UpdateCodeSigningConfig": OperationSpec(
            "update_code_signing_config",
            {
                "CodeSigningConfigArn": "code_signing_config_arn",
                "Description": "description",
                "AllowedPublishers": "allowed_publishers",
                "CodeSigningPolicies": "code_signing_policies",
            },
        ),
        "UpdateEventSourceMapping": OperationSpec(
            "update_event_source_mapping",
            {
                "UUID": "uuid",
                "FunctionName": "function_name",
                "Enabled": "enabled",
                "BatchSize": "batch_size",
                "FilterCriteria": "filter_criteria",
                "MaximumBatchingWindowInSeconds": "maximum_batching_window_in_seconds",
                "DestinationConfig": "destination_config",
                "MaximumRecordAgeInSeconds": "maximum_record_age_in_seconds",
                "BisectBatchOnFunctionError": "bisect_batch_on_function_error",
                "MaximumRetryAttempts": "maximum_retry_attempts",
                "ParallelizationFactor": "parallelization_factor",
                "SourceAccessConfigurations": "source_access_configurations",
                "TumblingWindowInSeconds": "tumbling_window_in_seconds",
                "FunctionResponseTypes": "function_response_types",
                "ScalingConfig": "scaling_config",
                "AmazonManagedKafkaEventSourceConfig": "amazon_managed_kafka_event_source_config",
                "SelfManagedKafkaEventSourceConfig": "self_managed_kafka_event_source_config",
                "DocumentDBEventSourceConfig": "document_db_event_source_config",
                "KMSKeyArn": "kms_key_arn",
                "MetricsConfig": "metrics_config",
                "LoggingConfig": "logging_config",
                "ProvisionedPollerConfig": "provisioned_poller_config",
            },
        ),
        "UpdateFunctionCode": OperationSpec(
            "update_function_code",
            {
                "FunctionName": "function_name",
                "ZipFile": "zip_file",
                "S3Bucket": "s3_bucket",
                "S3Key": "s3_key",
                "S3ObjectVersion": "s3_object_version",
                "ImageUri": "image_uri",
                "Publish": "publish",
                "DryRun": "dry_run",
                "RevisionId": "revision_id",
                "Architectures": "architectures",
                "SourceKMSKeyArn": "source_kms_key_arn",
                "PublishTo": "publish_to",
            },
        ),
        "UpdateFunctionConfiguration": OperationSpec(
            "update_function_configuration",
            {
                "FunctionName": "function_name",
                "Role": "role",
                "Handler": "handler",
                "Description": "description",
                "Timeout": "timeout",
                "MemorySize": "memory_size",
                "VpcConfig": "vpc_config",
                "Environment": "environment",
                "Runtime": "runtime",
                "DeadLetterConfig": "dead_letter_config",
                "KMSKeyArn": "kms_key_arn",
                "TracingConfig": "tracing_config",
                "RevisionId": "revision_id",
                "Layers": "layers",
                "FileSystemConfigs": "file_system_configs",
                "ImageConfig": "image_config",
                "EphemeralStorage": "ephemeral_storage",
                "SnapStart": "snap_start",
                "LoggingConfig": "logging_config",
                "CapacityProviderConfig": "capacity_provider_config",
                "DurableConfig": "durable_config",
            },
        ),
        "UpdateFunctionEventInvokeConfig": OperationSpec(
            "update_function_event_invoke_config",
            {
                "FunctionName": "function_name",
                "Qualifier": "qualifier",
                "MaximumRetryAttempts": "maximum_retry_attempts",
                "MaximumEventAgeInSeconds": "maximum_event_age_in_seconds",
                "DestinationConfig": "destination_config",
            },
        ),
        "UpdateFunctionUrlConfig": OperationSpec(
            "update_function_url_config",
            {
                "FunctionName": "function_name",
                "Qualifier": "qualifier",
                "AuthType": "auth_type",
                "Cors": "cors",
                "InvokeMode": "invoke_mode",
            },
        ),
    }

    async def add_layer_version_permission(
        self,
        context: RequestContext,
        *,
        layer_name: LayerName,
        version_number: LayerVersionNumber,
        statement_id: StatementId,
        action: LayerPermissionAllowedAction,
        principal: LayerPermissionAllowedPrincipal,
        organization_id: OrganizationId | None = None,
        revision_id: String | None = None,
    ) -> AddLayerVersionPermissionResponse:
        raise NotImplementedError

    async def add_permission(
        self,
        context: RequestContext,
        *,
        function_name: NamespacedFunctionName,
        statement_id: StatementId,
        action: Action,
        principal: Principal,
        source_arn: Arn | None = None,
        source_account: SourceOwner | None = None,
        event_source_token: EventSourceToken | None = None,
        qualifier: NumericLatestPublishedOrAliasQualifier | None = None,
        revision_id: String | None = None,
        principal_org_id: PrincipalOrgID | None = None,
        function_url_auth_type: FunctionUrlAuthType | None = None,
        invoked_via_function_url: InvokedViaFunctionUrl | None = None,
    ) -> AddPermissionResponse:
        raise NotImplementedError

    async def checkpoint_durable_execution(
        self,
        context: RequestContext,
        *,
        durable_execution_arn: DurableExecutionArn,
        checkpoint_token: CheckpointToken,
        updates: OperationUpdates | None = None,
        client_token: ClientToken | None = None,
    ) -> CheckpointDurableExecutionResponse:
        raise NotImplementedError

    async def create_alias(
        self,
        context: RequestContext,
        *,
        function_name: FunctionName,
        name: Alias,
        function_version: VersionWithLatestPublished,
        description: Description | None = None,
        routing_config: AliasRoutingConfiguration | None = None,
    ) -> AliasConfiguration:
        raise NotImplementedError

    async def create_capacity_provider(
        self,
        context: RequestContext,
        *,
        capacity_provider_name: CapacityProviderName,
        vpc_config: CapacityProviderVpcConfig,
        permissions_config: CapacityProviderPermissionsConfig,
        instance_requirements: InstanceRequirements | None = None,
        capacity_provider_scaling_config: CapacityProviderScalingConfig | None = None,
        kms_key_arn: KMSKeyArnNonEmpty | None = None,
        tags: Tags | None = None,
    ) -> CreateCapacityProviderResponse:
        raise NotImplementedError

    async def create_code_signing_config(
        self,
        context: RequestContext,
        *,
        allowed_publishers: AllowedPublishers,
        description: Description | None = None,
        code_signing_policies: CodeSigningPolicies | None = None,
        tags: Tags | None = None,
    ) -> CreateCodeSigningConfigResponse:
        raise NotImplementedError

    async def create_event_source_mapping(
        self,
        context: RequestContext,
        *,
        function_name: NamespacedFunctionName,
        event_source_arn: Arn | None = None,
        enabled: Enabled | None = None,
        batch_size: BatchSize | None = None,
        filter_criteria: FilterCriteria | None = None,
        maximum_batching_window_in_seconds: MaximumBatchingWindowInSeconds | None = None,
        parallelization_factor: ParallelizationFactor | None = None,
        starting_position: EventSourcePosition | None = None,
        starting_position_timestamp: Date | None = None,
        destination_config: DestinationConfig | None = None,
        maximum_record_age_in_seconds: MaximumRecordAgeInSeconds | None = None,
        bisect_batch_on_function_error: BisectBatchOnFunctionError | None = None,
        maximum_retry_attempts: MaximumRetryAttemptsEventSourceMapping | None = None,
        tags: Tags | None = None,
        tumbling_window_in_seconds: TumblingWindowInSeconds | None = None,
        topics: Topics | None = None,
        queues: Queues | None = None,
        source_access_configurations: SourceAccessConfigurations | None = None,
        self_managed_event_source: SelfManagedEventSource | None = None,
        function_response_types: FunctionResponseTypeList | None = None,
        amazon_managed_kafka_event_source_config: AmazonManagedKafkaEventSourceConfig | None = None,
        self_managed_kafka_event_source_config: SelfManagedKafkaEventSourceConfig | None = None,
        scaling_config: ScalingConfig | None = None,
        document_db_event_source_config: DocumentDBEventSourceConfig | None = None,
        kms_key_arn: KMSKeyArn | None = None,
        metrics_config: EventSourceMappingMetricsConfig | None = None,
        logging_config: EventSourceMappingLoggingConfig | None = None,
        provisioned_poller_config: ProvisionedPollerConfig | None = None,
    ) -> EventSourceMappingConfiguration:
        raise NotImplementedError

    async def create_function(
        self,
        context: RequestContext,
        *,
        function_name: FunctionName,
        role: RoleArn,
        code: FunctionCode,
        runtime: Runtime | None = None,
        handler: Handler | None = None,
        description: Description | None = None,
        timeout: Timeout | None = None,
        memory_size: MemorySize | None = None,
        publish: Boolean | None = None,
        vpc_config: VpcConfig | None = None,
        package_type: PackageType | None = None,
        dead_letter_config: DeadLetterConfig | None = None,
        environment: Environment | None = None,
        kms_key_arn: KMSKeyArn | None = None,
        tracing_config: TracingConfig | None = None,
        tags: Tags | None = None,
        layers: LayerList | None = None,
        file_system_configs: FileSystemConfigList | None = None,
        image_config: ImageConfig | None = None,
        code_signing_config_arn: CodeSigningConfigArn | None = None,
        architectures: ArchitecturesList | None = None,
        ephemeral_storage: EphemeralStorage | None = None,
        snap_start: SnapStart | None = None,
        logging_config: LoggingConfig | None = None,
        capacity_provider_config: CapacityProviderConfig | None = None,
        publish_to: FunctionVersionLatestPublished | None = None,
        durable_config: DurableConfig | None = None,
        tenancy_config: TenancyConfig | None = None,
    ) -> FunctionConfiguration:
        raise NotImplementedError

    async def create_function_url_config(
        self,
        context: RequestContext,
        *,
        function_name: FunctionName,
        auth_type: FunctionUrlAuthType,
        qualifier: FunctionUrlQualifier | None = None,
        cors: Cors | None = None,
        invoke_mode: InvokeMode | None = None,
    ) -> CreateFunctionUrlConfigResponse:
        raise NotImplementedError

    async def delete_alias(
        self, context: RequestContext, *, function_name: FunctionName, name: Alias
    ) -> None:
        raise NotImplementedError

    async def delete_capacity_provider(
        self, context: RequestContext, *, capacity_provider_name: CapacityProviderName
    ) -> DeleteCapacityProviderResponse:
        raise NotImplementedError

    async def delete_code_signing_config(
        self, context: RequestContext, *, code_signing_config_arn: CodeSigningConfigArn
    ) -> DeleteCodeSigningConfigResponse:
        raise NotImplementedError

    async def delete_event_source_mapping(
        self, context: RequestContext, *, uuid: String
    ) -> EventSourceMappingConfiguration:
        raise NotImplementedError

    async def delete_function(
        self,
        context: RequestContext,
        *,
        function_name: NamespacedFunctionName,
        qualifier: NumericLatestPublishedOrAliasQualifier | None = None,
    ) -> DeleteFunctionResponse:
        raise NotImplementedError

    async def delete_function_code_signing_config(
        self, context: RequestContext, *, function_name: NamespacedFunctionName
    ) -> None:
        raise NotImplementedError

    async def delete_function_concurrency(
        self, context: RequestContext, *, function_name: FunctionName
    ) -> None:
        raise NotImplementedError

    async def delete_function_event_invoke_config(
        self,
        context: RequestContext,
        *,
        function_name: NamespacedFunctionName,
        qualifier: NumericLatestPublishedOrAliasQualifier | None = None,
    ) -> None:
        raise NotImplementedError

    async def delete_function_url_config(
        self,
        context: RequestContext,
        *,
        function_name: FunctionName,
        qualifier: FunctionUrlQualifier | None = None,
    ) -> None:
        raise NotImplementedError

    async def delete_layer_version(
        self, context: RequestContext, *, layer_name: LayerName, version_number: LayerVersionNumber
    ) -> None:
        raise NotImplementedError

    async def delete_provisioned_concurrency_config(
        self, context: RequestContext, *, function_name: FunctionName, qualifier: Qualifier
    ) -> None:
        raise NotImplementedError

    async def get_account_settings(self, context: RequestContext) -> GetAccountSettingsResponse:
        raise NotImplementedError

    async def get_alias(
        self, context: RequestContext, *, function_name: FunctionName, name: Alias
    ) -> AliasConfiguration:
        raise NotImplementedError

    async def get_capacity_provider(
        self, context: RequestContext, *, capacity_provider_name: CapacityProviderName
    ) -> GetCapacityProviderResponse:
        raise NotImplementedError

    async def get_code_signing_config(
        self, context: RequestContext, *, code_signing_config_arn: CodeSigningConfigArn
    ) -> GetCodeSigningConfigResponse:
        raise NotImplementedError

    async def get_durable_execution(
        self, context: RequestContext, *, durable_execution_arn: DurableExecutionArn
    ) -> GetDurableExecutionResponse:
        raise NotImplementedError

    async def get_durable_execution_history(
        self,
        context: RequestContext,
        *,
        durable_execution_arn: DurableExecutionArn,
        include_execution_data: IncludeExecutionData | None = None,
        max_items: ItemCount | None = None,
        marker: String | None = None,
        reverse_order: ReverseOrder | None = None,
    ) -> GetDurableExecutionHistoryResponse:
        raise NotImplementedError

    async def get_durable_execution_state(
        self,
        context: RequestContext,
        *,
        durable_execution_arn: DurableExecutionArn,
        checkpoint_token: CheckpointToken,
        marker: String | None = None,
        max_items: ItemCount | None = None,
    ) -> GetDurableExecutionStateResponse:
        raise NotImplementedError

    async def get_event_source_mapping(
        self, context: RequestContext, *, uuid: String
    ) -> EventSourceMappingConfiguration:
        raise NotImplementedError

    async def get_function(
        self,
        context: RequestContext,
        *,
        function_name: NamespacedFunctionName,
        qualifier: NumericLatestPublishedOrAliasQualifier | None = None,
    ) -> GetFunctionResponse:
        raise NotImplementedError

    async def get_function_code_signing_config(
        self, context: RequestContext, *, function_name: NamespacedFunctionName
    ) -> GetFunctionCodeSigningConfigResponse:
        raise NotImplementedError

    async def get_function_concurrency(
        self, context: RequestContext, *, function_name: FunctionName
    ) -> GetFunctionConcurrencyResponse:
        raise NotImplementedError

    async def get_function_configuration(
        self,
        context: RequestContext,
        *,
        function_name: NamespacedFunctionName,
        qualifier: NumericLatestPublishedOrAliasQualifier | None = None,
    ) -> FunctionConfiguration:
        raise NotImplementedError

    async def get_function_event_invoke_config(
        self,
        context: RequestContext,
        *,
        function_name: NamespacedFunctionName,
        qualifier: NumericLatestPublishedOrAliasQualifier | None = None,
    ) -> FunctionEventInvokeConfig:
        raise NotImplementedError

    async def get_function_recursion_config(
        self, context: RequestContext, *, function_name: UnqualifiedFunctionName
    ) -> GetFunctionRecursionConfigResponse:
        raise NotImplementedError

    async def get_function_scaling_config(
        self,
        context: RequestContext,
        *,
        function_name: UnqualifiedFunctionName,
        qualifier: PublishedFunctionQualifier,
    ) -> GetFunctionScalingConfigResponse:
        raise NotImplementedError

    async def get_function_url_config(
        self,
        context: RequestContext,
        *,
        function_name: FunctionName,
        qualifier: FunctionUrlQualifier | None = None,
    ) -> GetFunctionUrlConfigResponse:
        raise NotImplementedError

    async def get_layer_version(
        self, context: RequestContext, *, layer_name: LayerName, version_number: LayerVersionNumber
    ) -> GetLayerVersionResponse:
        raise NotImplementedError

    async def get_layer_version_by_arn(
        self, context: RequestContext, *, arn: LayerVersionArn
    ) -> GetLayerVersionResponse:
        raise NotImplementedError

    async def get_layer_version_policy(
        self, context: RequestContext, *, layer_name: LayerName, version_number: LayerVersionNumber
    ) -> GetLayerVersionPolicyResponse:
        raise NotImplementedError

    async def get_policy(
        self,
        context: RequestContext,
        *,
        function_name: NamespacedFunctionName,
        qualifier: NumericLatestPublishedOrAliasQualifier | None = None,
    ) -> GetPolicyResponse:
        raise NotImplementedError

    async def get_provisioned_concurrency_config(
        self, context: RequestContext, *, function_name: FunctionName, qualifier: Qualifier
    ) -> GetProvisionedConcurrencyConfigResponse:
        raise NotImplementedError

    async def get_runtime_management_config(
        self,
        context: RequestContext,
        *,
        function_name: NamespacedFunctionName,
        qualifier: NumericLatestPublishedOrAliasQualifier | None = None,
    ) -> GetRuntimeManagementConfigResponse:
        raise NotImplementedError

    async def invoke(
        self,
        context: RequestContext,
        *,
        function_name: NamespacedFunctionName,
        invocation_type: InvocationType | None = None,
        log_type: LogType | None = None,
        client_context: String | None = None,
        durable_execution_name: DurableExecutionName | None = None,
        payload: Blob | None = None,
        qualifier: NumericLatestPublishedOrAliasQualifier | None = None,
        tenant_id: TenantId | None = None,
    ) -> InvocationResponse:
        raise NotImplementedError

    async def invoke_async(
        self, context: RequestContext, *, function_name: NamespacedFunctionName, invoke_args: BlobStream
    ) -> InvokeAsyncResponse:
        raise NotImplementedError

    async def invoke_with_response_stream(
        self,
        context: RequestContext,
        *,
        function_name: NamespacedFunctionName,
        invocation_type: ResponseStreamingInvocationType | None = None,
        log_type: LogType | None = None,
        client_context: String | None = None,
        qualifier: NumericLatestPublishedOrAliasQualifier | None = None,
        payload: Blob | None = None,
        tenant_id: TenantId | None = None,
    ) -> InvokeWithResponseStreamResponse:
        raise NotImplementedError

    async def list_aliases(
        self,
        context: RequestContext,
        *,
        function_name: FunctionName,
        function_version: VersionWithLatestPublished | None = None,
        marker: String | None = None,
        max_items: MaxListItems | None = None,
    ) -> ListAliasesResponse:
        raise NotImplementedError

    async def list_capacity_providers(
        self,
        context: RequestContext,
        *,
        state: CapacityProviderState | None = None,
        marker: String | None = None,
        max_items: MaxFiftyListItems | None = None,
    ) -> ListCapacityProvidersResponse:
        raise NotImplementedError

    async def list_code_signing_configs(
        self, context: RequestContext, *, marker: String | None = None, max_items: MaxListItems | None = None
    ) -> ListCodeSigningConfigsResponse:
        raise NotImplementedError

    async def list_durable_executions_by_function(
        self,
        context: RequestContext,
        *,
        function_name: NamespacedFunctionName,
        qualifier: NumericLatestPublishedOrAliasQualifier | None = None,
        durable_execution_name: DurableExecutionName | None = None,
        statuses: ExecutionStatusList | None = None,
        started_after: ExecutionTimestamp | None = None,
        started_before: ExecutionTimestamp | None = None,
        reverse_order: ReverseOrder | None = None,
        marker: String | None = None,
        max_items: ItemCount | None = None,
    ) -> ListDurableExecutionsByFunctionResponse:
        raise NotImplementedError

    async def list_event_source_mappings(
        self,
        context: RequestContext,
        *,
        event_source_arn: Arn | None = None,
        function_name: NamespacedFunctionName | None = None,
        marker: String | None = None,
        max_items: MaxListItems | None = None,
    ) -> ListEventSourceMappingsResponse:
        raise NotImplementedError

    async def list_function_event_invoke_configs(
        self,
        context: RequestContext,
        *,
        function_name: NamespacedFunctionName,
        marker: String | None = None,
        max_items: MaxFunctionEventInvokeConfigListItems | None = None,
    ) -> ListFunctionEventInvokeConfigsResponse:
        raise NotImplementedError

    async def list_function_url_configs(
        self,
        context: RequestContext,
        *,
        function_name: FunctionName,
        marker: String | None = None,
        max_items: MaxItems | None = None,
    ) -> ListFunctionUrlConfigsResponse:
        raise NotImplementedError

    async def list_function_versions_by_capacity_provider(
        self,
        context: RequestContext,
        *,
        capacity_provider_name: CapacityProviderName,
        marker: String | None = None,
        max_items: MaxFiftyListItems | None = None,
    ) -> ListFunctionVersionsByCapacityProviderResponse:
        raise NotImplementedError

    async def list_functions(
        self,
        context: RequestContext,
        *,
        master_region: MasterRegion | None = None,
        function_version: FunctionVersion | None = None,
        marker: String | None = None,
        max_items: MaxListItems | None = None,
    ) -> ListFunctionsResponse:
        raise NotImplementedError

    async def list_functions_by_code_signing_config(
        self,
        context: RequestContext,
        *,
        code_signing_config_arn: CodeSigningConfigArn,
        marker: String | None = None,
        max_items: MaxListItems | None = None,
    ) -> ListFunctionsByCodeSigningConfigResponse:
        raise NotImplementedError

    async def list_layer_versions(
        self,
        context: RequestContext,
        *,
        layer_name: LayerName,
        compatible_runtime: Runtime | None = None,
        marker: String | None = None,
        max_items: MaxLayerListItems | None = None,
        compatible_architecture: Architecture | None = None,
    ) -> ListLayerVersionsResponse:
        raise NotImplementedError

    async def list_layers(
        self,
        context: RequestContext,
        *,
        compatible_runtime: Runtime | None = None,
        marker: String | None = None,
        max_items: MaxLayerListItems | None = None,
        compatible_architecture: Architecture | None = None,
    ) -> ListLayersResponse:
        raise NotImplementedError

    async def list_provisioned_concurrency_configs(
        self,
        context: RequestContext,
        *,
        function_name: FunctionName,
        marker: String | None = None,
        max_items: MaxProvisionedConcurrencyConfigListItems | None = None,
    ) -> ListProvisionedConcurrencyConfigsResponse:
        raise NotImplementedError

    async def list_tags(self, context: RequestContext, *, resource: TaggableResource) -> ListTagsResponse:
        raise NotImplementedError

    async def list_versions_by_function(
        self,
        context: RequestContext,
        *,
        function_name: NamespacedFunctionName,
        marker: String | None = None,
        max_items: MaxListItems | None = None,
    ) -> ListVersionsByFunctionResponse:
        raise NotImplementedError

    async def publish_layer_version(
        self,
        context: RequestContext,
        *,
        layer_name: LayerName,
        content: LayerVersionContentInput,
        description: Description | None = None,
        compatible_runtimes: CompatibleRuntimes | None = None,
        license_info: LicenseInfo | None = None,
        compatible_architectures: CompatibleArchitectures | None = None,
    ) -> PublishLayerVersionResponse:
        raise NotImplementedError

    async def publish_version(
        self,
        context: RequestContext,
        *,
        function_name: FunctionName,
        code_sha256: String | None = None,
        description: Description | None = None,
        revision_id: String | None = None,
        publish_to: FunctionVersionLatestPublished | None = None,
    ) -> FunctionConfiguration:
        raise NotImplementedError

    async def put_function_code_signing_config(
        self,
        context: RequestContext,
        *,
        code_signing_config_arn: CodeSigningConfigArn,
        function_name: NamespacedFunctionName,
    ) -> PutFunctionCodeSigningConfigResponse:
        raise NotImplementedError

    async def put_function_concurrency(
        self,
        context: RequestContext,
        *,
        function_name: FunctionName,
        reserved_concurrent_executions: ReservedConcurrentExecutions,
    ) -> Concurrency:
        raise NotImplementedError

    async def put_function_event_invoke_config(
        self,
        context: RequestContext,
        *,
        function_name: NamespacedFunctionName,
        qualifier: NumericLatestPublishedOrAliasQualifier | None = None,
        maximum_retry_attempts: MaximumRetryAttempts | None = None,
        maximum_event_age_in_seconds: MaximumEventAgeInSeconds | None = None,
        destination_config: DestinationConfig | None = None,
    ) -> FunctionEventInvokeConfig:
        raise NotImplementedError

    async def put_function_recursion_config(
        self,
        context: RequestContext,
        *,
        function_name: UnqualifiedFunctionName,
        recursive_loop: RecursiveLoop,
    ) -> PutFunctionRecursionConfigResponse:
        raise NotImplementedError

    async def put_function_scaling_config(
        self,
        context: RequestContext,
        *,
        function_name: UnqualifiedFunctionName,
        qualifier: PublishedFunctionQualifier,
        function_scaling_config: FunctionScalingConfig | None = None,
    ) -> PutFunctionScalingConfigResponse:
        raise NotImplementedError

    async def put_provisioned_concurrency_config(
        self,
        context: RequestContext,
        *,
        function_name: FunctionName,
        qualifier: Qualifier,
        provisioned_concurrent_executions: PositiveInteger,
    ) -> PutProvisionedConcurrencyConfigResponse:
        raise NotImplementedError

    async def put_runtime_management_config(
        self,
        context: RequestContext,
        *,
        function_name: NamespacedFunctionName,
        update_runtime_on: UpdateRuntimeOn,
        qualifier: NumericLatestPublishedOrAliasQualifier | None = None,
        runtime_version_arn: RuntimeVersionArn | None = None,
    ) -> PutRuntimeManagementConfigResponse:
        raise NotImplementedError

    async def remove_layer_version_permission(
        self,
        context: RequestContext,
        *,
        layer_name: LayerName,
        version_number: LayerVersionNumber,
        statement_id: StatementId,
        revision_id: String | None = None,
    ) -> None:
        raise NotImplementedError

    async def remove_permission(
        self,
        context: RequestContext,
        *,
        function_name: NamespacedFunctionName,
        statement_id: NamespacedStatementId,
        qualifier: NumericLatestPublishedOrAliasQualifier | None = None,
        revision_id: String | None = None,
    ) -> None:
        raise NotImplementedError

    async def send_durable_execution_callback_failure(
        self, context: RequestContext, *, callback_id: CallbackId, error: ErrorObject | None = None
    ) -> SendDurableExecutionCallbackFailureResponse:
        raise NotImplementedError

    async def send_durable_execution_callback_heartbeat(
        self, context: RequestContext, *, callback_id: CallbackId
    ) -> SendDurableExecutionCallbackHeartbeatResponse:
        raise NotImplementedError

    async def send_durable_execution_callback_success(
        self,
        context: RequestContext,
        *,
        callback_id: CallbackId,
        result: BinaryOperationPayload | None = None,
    ) -> SendDurableExecutionCallbackSuccessResponse:
        raise NotImplementedError

    async def stop_durable_execution(
        self,
        context: RequestContext,
        *,
        durable_execution_arn: DurableExecutionArn,
        error: ErrorObject | None = None,
    ) -> StopDurableExecutionResponse:
        raise NotImplementedError

    async def tag_resource(self, context: RequestContext, *, resource: TaggableResource, tags: Tags) -> None:
        raise NotImplementedError

    async def untag_resource(
        self, context: RequestContext, *, resource: TaggableResource, tag_keys: TagKeyList
    ) -> None:
        raise NotImplementedError

    async def update_alias(
        self,
        context: RequestContext,
        *,
        function_name: FunctionName,
        name: Alias,
        function_version: VersionWithLatestPublished | None = None,
        description: Description | None = None,
        routing_config: AliasRoutingConfiguration | None = None,
        revision_id: String | None = None,
    ) -> AliasConfiguration:
        raise NotImplementedError

    async def update_capacity_provider(
        self,
        context: RequestContext,
        *,
        capacity_provider_name: CapacityProviderName,
        capacity_provider_scaling_config: CapacityProviderScalingConfig | None = None,
    ) -> UpdateCapacityProviderResponse:
        raise NotImplementedError

    async def update_code_signing_config(
        self,
        context: RequestContext,
        *,
        code_signing_config_arn: CodeSigningConfigArn,
        description: Description | None = None,
        allowed_publishers: AllowedPublishers | None = None,
        code_signing_policies: CodeSigningPolicies | None = None,
    ) -> UpdateCodeSigningConfigResponse:
        raise NotImplementedError

    async def update_event_source_mapping(
        self,
        context: RequestContext,
        *,
        uuid: String,
        function_name: NamespacedFunctionName | None = None,
        enabled: Enabled | None = None,
        batch_size: BatchSize | None = None,
        filter_criteria: FilterCriteria | None = None,
        maximum_batching_window_in_seconds: MaximumBatchingWindowInSeconds | None = None,
        destination_config: DestinationConfig | None = None,
        maximum_record_age_in_seconds: MaximumRecordAgeInSeconds | None = None,
        bisect_batch_on_function_error: BisectBatchOnFunctionError | None = None,
        maximum_retry_attempts: MaximumRetryAttemptsEventSourceMapping | None = None,
        parallelization_factor: ParallelizationFactor | None = None,
        source_access_configurations: SourceAccessConfigurations | None = None,
        tumbling_window_in_seconds: TumblingWindowInSeconds | None = None,
        function_response_types: FunctionResponseTypeList | None = None,
        scaling_config: ScalingConfig | None = None,
        amazon_managed_kafka_event_source_config: AmazonManagedKafkaEventSourceConfig | None = None,
        self_managed_kafka_event_source_config: SelfManagedKafkaEventSourceConfig | None = None,
        document_db_event_source_config: DocumentDBEventSourceConfig | None = None,
        kms_key_arn: KMSKeyArn | None = None,
        metrics_config: EventSourceMappingMetricsConfig | None = None,
        logging_config: EventSourceMappingLoggingConfig | None = None,
        provisioned_poller_config: ProvisionedPollerConfig | None = None,
    ) -> EventSourceMappingConfiguration:
        raise NotImplementedError

    async def update_function_code(
        self,
        context: RequestContext,
        *,
        function_name: FunctionName,
        zip_file: Blob | None = None,
        s3_bucket: S3Bucket | None = None,
        s3_key: S3Key | None = None,
        s3_object_version: S3ObjectVersion | None = None,
        image_uri: String | None = None,
        publish: Boolean | None = None,
        dry_run: Boolean | None = None,
        revision_id: String | None = None,
        architectures: ArchitecturesList | None = None,
        source_kms_key_arn: KMSKeyArn | None = None,
        publish_to: FunctionVersionLatestPublished | None = None,
    ) -> FunctionConfiguration:
        raise NotImplementedError

    async def update_function_configuration(
        self,
        context: RequestContext,
        *,
        function_name: FunctionName,
        role: RoleArn | None = None,
        handler: Handler | None = None,
        description: Description | None = None,
        timeout: Timeout | None = None,
        memory_size: MemorySize | None = None,
        vpc_config: VpcConfig | None = None,
        environment: Environment | None = None,
        runtime: Runtime | None = None,
        dead_letter_config: DeadLetterConfig | None = None,
        kms_key_arn: KMSKeyArn | None = None,
        tracing_config: TracingConfig | None = None,
        revision_id: String | None = None,
        layers: LayerList | None = None,
        file_system_configs: FileSystemConfigList | None = None,
        image_config: ImageConfig | None = None,
        ephemeral_storage: EphemeralStorage | None = None,
        snap_start: SnapStart | None = None,
        logging_config: LoggingConfig | None = None,
        capacity_provider_config: CapacityProviderConfig | None = None,
        durable_config: DurableConfig | None = None,
    ) -> FunctionConfiguration:
        raise NotImplementedError

    async def update_function_event_invoke_config(
        self,
        context: RequestContext,
        *,
        function_name: NamespacedFunctionName,
        qualifier: NumericLatestPublishedOrAliasQualifier | None = None,
        maximum_retry_attempts: MaximumRetryAttempts | None = None,
        maximum_event_age_in_seconds: MaximumEventAgeInSeconds | None = None,
        destination_config: DestinationConfig | None = None,
    ) -> FunctionEventInvokeConfig:
        raise NotImplementedError

    async def update_function_url_config(
        self,
        context: RequestContext,
        *,
        function_name: FunctionName,
        qualifier: FunctionUrlQualifier | None = None,
        auth_type: FunctionUrlAuthType | None = None,
        cors: Cors | None = None,
        invoke_mode: InvokeMode | None = None,
    ) -> UpdateFunctionUrlConfigResponse:
        raise NotImplementedError
