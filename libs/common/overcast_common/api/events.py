# Generated from botocore 1.43.11's events model (API 2015-10-07).
# Do not edit: regenerate with `python -m overcast_common.codegen events`.
"""Typed API of Amazon EventBridge: shapes, errors and ``EventsApi``."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar, Final, NotRequired, TypedDict

from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.service import OperationSpec, ServiceApi

AccountId = str
Action = str
ApiDestinationArn = str
ApiDestinationDescription = str
ApiDestinationHttpMethod = str
ApiDestinationInvocationRateLimitPerSecond = int
ApiDestinationName = str
ApiDestinationState = str
ArchiveArn = str
ArchiveDescription = str
ArchiveName = str
ArchiveState = str
ArchiveStateReason = str
Arn = str
AssignPublicIp = str
AuthHeaderParameters = str
AuthHeaderParametersSensitive = str
Boolean = bool
CapacityProvider = str
CapacityProviderStrategyItemBase = int
CapacityProviderStrategyItemWeight = int
ConnectionArn = str
ConnectionAuthorizationType = str
ConnectionDescription = str
ConnectionName = str
ConnectionOAuthHttpMethod = str
ConnectionState = str
ConnectionStateReason = str
CreatedBy = str
Database = str
DbUser = str
EndpointArn = str
EndpointDescription = str
EndpointId = str
EndpointName = str
EndpointState = str
EndpointStateReason = str
EndpointUrl = str
ErrorCode = str
ErrorMessage = str
EventBusArn = str
EventBusDescription = str
EventBusName = str
EventBusNameOrArn = str
EventId = str
EventPattern = str
EventResource = str
EventSourceName = str
EventSourceNamePrefix = str
EventSourceState = str
EventTime = datetime
GraphQLOperation = str
HeaderKey = str
HeaderValue = str
HeaderValueSensitive = str
HealthCheck = str
HomeRegion = str
HttpsEndpoint = str
IamRoleArn = str
IncludeDetail = str
InputTransformerPathKey = str
Integer = int
KmsKeyIdentifier = str
LaunchType = str
Level = str
LimitMax100 = int
LimitMin1 = int
Long = int
ManagedBy = str
MaximumEventAgeInSeconds = int
MaximumRetryAttempts = int
MessageGroupId = str
NextToken = str
NonPartnerEventBusArn = str
NonPartnerEventBusName = str
NonPartnerEventBusNameOrArn = str
PartnerEventSourceNamePrefix = str
PathParameter = str
PlacementConstraintExpression = str
PlacementConstraintType = str
PlacementStrategyField = str
PlacementStrategyType = str
Principal = str
PropagateTags = str
QueryStringKey = str
QueryStringValue = str
QueryStringValueSensitive = str
RedshiftSecretManagerArn = str
ReferenceId = str
ReplayArn = str
ReplayDescription = str
ReplayName = str
ReplayState = str
ReplayStateReason = str
ReplicationState = str
ResourceArn = str
ResourceAssociationArn = str
ResourceConfigurationArn = str
RetentionDays = int
RoleArn = str
Route = str
RuleArn = str
RuleDescription = str
RuleName = str
RuleState = str
RunCommandTargetKey = str
RunCommandTargetValue = str
SageMakerPipelineParameterName = str
SageMakerPipelineParameterValue = str
ScheduleExpression = str
SecretsManagerSecretArn = str
SensitiveString = str
Sql = str
StatementId = str
StatementName = str
String = str
TagKey = str
TagValue = str
TargetArn = str
TargetId = str
TargetInput = str
TargetInputPath = str
TargetPartitionKeyPath = str
Timestamp = datetime
TraceHeader = str
TransformerInput = str


class ApiDestinationHttpMethodValues:
    POST: Final = "POST"
    GET: Final = "GET"
    HEAD: Final = "HEAD"
    OPTIONS: Final = "OPTIONS"
    PUT: Final = "PUT"
    PATCH: Final = "PATCH"
    DELETE: Final = "DELETE"


class ApiDestinationStateValues:
    ACTIVE: Final = "ACTIVE"
    INACTIVE: Final = "INACTIVE"


class ArchiveStateValues:
    ENABLED: Final = "ENABLED"
    DISABLED: Final = "DISABLED"
    CREATING: Final = "CREATING"
    UPDATING: Final = "UPDATING"
    CREATE_FAILED: Final = "CREATE_FAILED"
    UPDATE_FAILED: Final = "UPDATE_FAILED"


class AssignPublicIpValues:
    ENABLED: Final = "ENABLED"
    DISABLED: Final = "DISABLED"


class ConnectionAuthorizationTypeValues:
    BASIC: Final = "BASIC"
    OAUTH_CLIENT_CREDENTIALS: Final = "OAUTH_CLIENT_CREDENTIALS"
    API_KEY: Final = "API_KEY"


class ConnectionOAuthHttpMethodValues:
    GET: Final = "GET"
    POST: Final = "POST"
    PUT: Final = "PUT"


class ConnectionStateValues:
    CREATING: Final = "CREATING"
    UPDATING: Final = "UPDATING"
    DELETING: Final = "DELETING"
    AUTHORIZED: Final = "AUTHORIZED"
    DEAUTHORIZED: Final = "DEAUTHORIZED"
    AUTHORIZING: Final = "AUTHORIZING"
    DEAUTHORIZING: Final = "DEAUTHORIZING"
    ACTIVE: Final = "ACTIVE"
    FAILED_CONNECTIVITY: Final = "FAILED_CONNECTIVITY"


class EndpointStateValues:
    ACTIVE: Final = "ACTIVE"
    CREATING: Final = "CREATING"
    UPDATING: Final = "UPDATING"
    DELETING: Final = "DELETING"
    CREATE_FAILED: Final = "CREATE_FAILED"
    UPDATE_FAILED: Final = "UPDATE_FAILED"
    DELETE_FAILED: Final = "DELETE_FAILED"


class EventSourceStateValues:
    PENDING: Final = "PENDING"
    ACTIVE: Final = "ACTIVE"
    DELETED: Final = "DELETED"


class IncludeDetailValues:
    NONE: Final = "NONE"
    FULL: Final = "FULL"


class LaunchTypeValues:
    EC2: Final = "EC2"
    FARGATE: Final = "FARGATE"
    EXTERNAL: Final = "EXTERNAL"


class LevelValues:
    OFF: Final = "OFF"
    ERROR: Final = "ERROR"
    INFO: Final = "INFO"
    TRACE: Final = "TRACE"


class PlacementConstraintTypeValues:
    distinctInstance: Final = "distinctInstance"
    memberOf: Final = "memberOf"


class PlacementStrategyTypeValues:
    random: Final = "random"
    spread: Final = "spread"
    binpack: Final = "binpack"


class PropagateTagsValues:
    TASK_DEFINITION: Final = "TASK_DEFINITION"


class ReplayStateValues:
    STARTING: Final = "STARTING"
    RUNNING: Final = "RUNNING"
    CANCELLING: Final = "CANCELLING"
    COMPLETED: Final = "COMPLETED"
    CANCELLED: Final = "CANCELLED"
    FAILED: Final = "FAILED"


class ReplicationStateValues:
    ENABLED: Final = "ENABLED"
    DISABLED: Final = "DISABLED"


class RuleStateValues:
    ENABLED: Final = "ENABLED"
    DISABLED: Final = "DISABLED"
    ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS: Final = "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS"


class ActivateEventSourceRequest(TypedDict):
    Name: EventSourceName


class ApiDestination(TypedDict):
    ApiDestinationArn: NotRequired[ApiDestinationArn]
    Name: NotRequired[ApiDestinationName]
    ApiDestinationState: NotRequired[ApiDestinationState]
    ConnectionArn: NotRequired[ConnectionArn]
    InvocationEndpoint: NotRequired[HttpsEndpoint]
    HttpMethod: NotRequired[ApiDestinationHttpMethod]
    InvocationRateLimitPerSecond: NotRequired[ApiDestinationInvocationRateLimitPerSecond]
    CreationTime: NotRequired[Timestamp]
    LastModifiedTime: NotRequired[Timestamp]


class AppSyncParameters(TypedDict):
    GraphQLOperation: NotRequired[GraphQLOperation]


class Archive(TypedDict):
    ArchiveName: NotRequired[ArchiveName]
    EventSourceArn: NotRequired[EventBusArn]
    State: NotRequired[ArchiveState]
    StateReason: NotRequired[ArchiveStateReason]
    RetentionDays: NotRequired[RetentionDays]
    SizeBytes: NotRequired[Long]
    EventCount: NotRequired[Long]
    CreationTime: NotRequired[Timestamp]


class AwsVpcConfiguration(TypedDict):
    Subnets: StringList
    SecurityGroups: NotRequired[StringList]
    AssignPublicIp: NotRequired[AssignPublicIp]


class BatchArrayProperties(TypedDict):
    Size: NotRequired[Integer]


class BatchParameters(TypedDict):
    JobDefinition: String
    JobName: String
    ArrayProperties: NotRequired[BatchArrayProperties]
    RetryStrategy: NotRequired[BatchRetryStrategy]


class BatchRetryStrategy(TypedDict):
    Attempts: NotRequired[Integer]


class CancelReplayRequest(TypedDict):
    ReplayName: ReplayName


class CancelReplayResponse(TypedDict):
    ReplayArn: NotRequired[ReplayArn]
    State: NotRequired[ReplayState]
    StateReason: NotRequired[ReplayStateReason]


class CapacityProviderStrategyItem(TypedDict):
    capacityProvider: CapacityProvider
    weight: NotRequired[CapacityProviderStrategyItemWeight]
    base: NotRequired[CapacityProviderStrategyItemBase]


class Condition(TypedDict):
    Type: String
    Key: String
    Value: String


class Connection(TypedDict):
    ConnectionArn: NotRequired[ConnectionArn]
    Name: NotRequired[ConnectionName]
    ConnectionState: NotRequired[ConnectionState]
    StateReason: NotRequired[ConnectionStateReason]
    AuthorizationType: NotRequired[ConnectionAuthorizationType]
    CreationTime: NotRequired[Timestamp]
    LastModifiedTime: NotRequired[Timestamp]
    LastAuthorizedTime: NotRequired[Timestamp]


class ConnectionApiKeyAuthResponseParameters(TypedDict):
    ApiKeyName: NotRequired[AuthHeaderParameters]


class ConnectionAuthResponseParameters(TypedDict):
    BasicAuthParameters: NotRequired[ConnectionBasicAuthResponseParameters]
    OAuthParameters: NotRequired[ConnectionOAuthResponseParameters]
    ApiKeyAuthParameters: NotRequired[ConnectionApiKeyAuthResponseParameters]
    InvocationHttpParameters: NotRequired[ConnectionHttpParameters]
    ConnectivityParameters: NotRequired[DescribeConnectionConnectivityParameters]


class ConnectionBasicAuthResponseParameters(TypedDict):
    Username: NotRequired[AuthHeaderParameters]


class ConnectionBodyParameter(TypedDict):
    Key: NotRequired[String]
    Value: NotRequired[SensitiveString]
    IsValueSecret: NotRequired[Boolean]


class ConnectionHeaderParameter(TypedDict):
    Key: NotRequired[HeaderKey]
    Value: NotRequired[HeaderValueSensitive]
    IsValueSecret: NotRequired[Boolean]


class ConnectionHttpParameters(TypedDict):
    HeaderParameters: NotRequired[ConnectionHeaderParametersList]
    QueryStringParameters: NotRequired[ConnectionQueryStringParametersList]
    BodyParameters: NotRequired[ConnectionBodyParametersList]


class ConnectionOAuthClientResponseParameters(TypedDict):
    ClientID: NotRequired[AuthHeaderParameters]


class ConnectionOAuthResponseParameters(TypedDict):
    ClientParameters: NotRequired[ConnectionOAuthClientResponseParameters]
    AuthorizationEndpoint: NotRequired[HttpsEndpoint]
    HttpMethod: NotRequired[ConnectionOAuthHttpMethod]
    OAuthHttpParameters: NotRequired[ConnectionHttpParameters]


class ConnectionQueryStringParameter(TypedDict):
    Key: NotRequired[QueryStringKey]
    Value: NotRequired[QueryStringValueSensitive]
    IsValueSecret: NotRequired[Boolean]


class ConnectivityResourceConfigurationArn(TypedDict):
    ResourceConfigurationArn: ResourceConfigurationArn


class ConnectivityResourceParameters(TypedDict):
    ResourceParameters: ConnectivityResourceConfigurationArn


class CreateApiDestinationRequest(TypedDict):
    Name: ApiDestinationName
    Description: NotRequired[ApiDestinationDescription]
    ConnectionArn: ConnectionArn
    InvocationEndpoint: HttpsEndpoint
    HttpMethod: ApiDestinationHttpMethod
    InvocationRateLimitPerSecond: NotRequired[ApiDestinationInvocationRateLimitPerSecond]


class CreateApiDestinationResponse(TypedDict):
    ApiDestinationArn: NotRequired[ApiDestinationArn]
    ApiDestinationState: NotRequired[ApiDestinationState]
    CreationTime: NotRequired[Timestamp]
    LastModifiedTime: NotRequired[Timestamp]


class CreateArchiveRequest(TypedDict):
    ArchiveName: ArchiveName
    EventSourceArn: EventBusArn
    Description: NotRequired[ArchiveDescription]
    EventPattern: NotRequired[EventPattern]
    RetentionDays: NotRequired[RetentionDays]
    KmsKeyIdentifier: NotRequired[KmsKeyIdentifier]


class CreateArchiveResponse(TypedDict):
    ArchiveArn: NotRequired[ArchiveArn]
    State: NotRequired[ArchiveState]
    StateReason: NotRequired[ArchiveStateReason]
    CreationTime: NotRequired[Timestamp]


class CreateConnectionApiKeyAuthRequestParameters(TypedDict):
    ApiKeyName: AuthHeaderParameters
    ApiKeyValue: AuthHeaderParametersSensitive


class CreateConnectionAuthRequestParameters(TypedDict):
    BasicAuthParameters: NotRequired[CreateConnectionBasicAuthRequestParameters]
    OAuthParameters: NotRequired[CreateConnectionOAuthRequestParameters]
    ApiKeyAuthParameters: NotRequired[CreateConnectionApiKeyAuthRequestParameters]
    InvocationHttpParameters: NotRequired[ConnectionHttpParameters]
    ConnectivityParameters: NotRequired[ConnectivityResourceParameters]


class CreateConnectionBasicAuthRequestParameters(TypedDict):
    Username: AuthHeaderParameters
    Password: AuthHeaderParametersSensitive


class CreateConnectionOAuthClientRequestParameters(TypedDict):
    ClientID: AuthHeaderParameters
    ClientSecret: AuthHeaderParametersSensitive


class CreateConnectionOAuthRequestParameters(TypedDict):
    ClientParameters: CreateConnectionOAuthClientRequestParameters
    AuthorizationEndpoint: HttpsEndpoint
    HttpMethod: ConnectionOAuthHttpMethod
    OAuthHttpParameters: NotRequired[ConnectionHttpParameters]


class CreateConnectionRequest(TypedDict):
    Name: ConnectionName
    Description: NotRequired[ConnectionDescription]
    AuthorizationType: ConnectionAuthorizationType
    AuthParameters: CreateConnectionAuthRequestParameters
    InvocationConnectivityParameters: NotRequired[ConnectivityResourceParameters]
    KmsKeyIdentifier: NotRequired[KmsKeyIdentifier]


class CreateConnectionResponse(TypedDict):
    ConnectionArn: NotRequired[ConnectionArn]
    ConnectionState: NotRequired[ConnectionState]
    CreationTime: NotRequired[Timestamp]
    LastModifiedTime: NotRequired[Timestamp]


class CreateEndpointRequest(TypedDict):
    Name: EndpointName
    Description: NotRequired[EndpointDescription]
    RoutingConfig: RoutingConfig
    ReplicationConfig: NotRequired[ReplicationConfig]
    EventBuses: EndpointEventBusList
    RoleArn: NotRequired[IamRoleArn]


class CreateEndpointResponse(TypedDict):
    Name: NotRequired[EndpointName]
    Arn: NotRequired[EndpointArn]
    RoutingConfig: NotRequired[RoutingConfig]
    ReplicationConfig: NotRequired[ReplicationConfig]
    EventBuses: NotRequired[EndpointEventBusList]
    RoleArn: NotRequired[IamRoleArn]
    State: NotRequired[EndpointState]


class CreateEventBusRequest(TypedDict):
    Name: EventBusName
    EventSourceName: NotRequired[EventSourceName]
    Description: NotRequired[EventBusDescription]
    KmsKeyIdentifier: NotRequired[KmsKeyIdentifier]
    DeadLetterConfig: NotRequired[DeadLetterConfig]
    LogConfig: NotRequired[LogConfig]
    Tags: NotRequired[TagList]


class CreateEventBusResponse(TypedDict):
    EventBusArn: NotRequired[String]
    Description: NotRequired[EventBusDescription]
    KmsKeyIdentifier: NotRequired[KmsKeyIdentifier]
    DeadLetterConfig: NotRequired[DeadLetterConfig]
    LogConfig: NotRequired[LogConfig]


class CreatePartnerEventSourceRequest(TypedDict):
    Name: EventSourceName
    Account: AccountId


class CreatePartnerEventSourceResponse(TypedDict):
    EventSourceArn: NotRequired[String]


class DeactivateEventSourceRequest(TypedDict):
    Name: EventSourceName


class DeadLetterConfig(TypedDict):
    Arn: NotRequired[ResourceArn]


class DeauthorizeConnectionRequest(TypedDict):
    Name: ConnectionName


class DeauthorizeConnectionResponse(TypedDict):
    ConnectionArn: NotRequired[ConnectionArn]
    ConnectionState: NotRequired[ConnectionState]
    CreationTime: NotRequired[Timestamp]
    LastModifiedTime: NotRequired[Timestamp]
    LastAuthorizedTime: NotRequired[Timestamp]


class DeleteApiDestinationRequest(TypedDict):
    Name: ApiDestinationName


class DeleteApiDestinationResponse(TypedDict):
    pass


class DeleteArchiveRequest(TypedDict):
    ArchiveName: ArchiveName


class DeleteArchiveResponse(TypedDict):
    pass


class DeleteConnectionRequest(TypedDict):
    Name: ConnectionName


class DeleteConnectionResponse(TypedDict):
    ConnectionArn: NotRequired[ConnectionArn]
    ConnectionState: NotRequired[ConnectionState]
    CreationTime: NotRequired[Timestamp]
    LastModifiedTime: NotRequired[Timestamp]
    LastAuthorizedTime: NotRequired[Timestamp]


class DeleteEndpointRequest(TypedDict):
    Name: EndpointName


class DeleteEndpointResponse(TypedDict):
    pass


class DeleteEventBusRequest(TypedDict):
    Name: EventBusName


class DeletePartnerEventSourceRequest(TypedDict):
    Name: EventSourceName
    Account: AccountId


class DeleteRuleRequest(TypedDict):
    Name: RuleName
    EventBusName: NotRequired[EventBusNameOrArn]
    Force: NotRequired[Boolean]


class DescribeApiDestinationRequest(TypedDict):
    Name: ApiDestinationName


class DescribeApiDestinationResponse(TypedDict):
    ApiDestinationArn: NotRequired[ApiDestinationArn]
    Name: NotRequired[ApiDestinationName]
    Description: NotRequired[ApiDestinationDescription]
    ApiDestinationState: NotRequired[ApiDestinationState]
    ConnectionArn: NotRequired[ConnectionArn]
    InvocationEndpoint: NotRequired[HttpsEndpoint]
    HttpMethod: NotRequired[ApiDestinationHttpMethod]
    InvocationRateLimitPerSecond: NotRequired[ApiDestinationInvocationRateLimitPerSecond]
    CreationTime: NotRequired[Timestamp]
    LastModifiedTime: NotRequired[Timestamp]


class DescribeArchiveRequest(TypedDict):
    ArchiveName: ArchiveName


class DescribeArchiveResponse(TypedDict):
    ArchiveArn: NotRequired[ArchiveArn]
    ArchiveName: NotRequired[ArchiveName]
    EventSourceArn: NotRequired[EventBusArn]
    Description: NotRequired[ArchiveDescription]
    EventPattern: NotRequired[EventPattern]
    State: NotRequired[ArchiveState]
    StateReason: NotRequired[ArchiveStateReason]
    KmsKeyIdentifier: NotRequired[KmsKeyIdentifier]
    RetentionDays: NotRequired[RetentionDays]
    SizeBytes: NotRequired[Long]
    EventCount: NotRequired[Long]
    CreationTime: NotRequired[Timestamp]


class DescribeConnectionConnectivityParameters(TypedDict):
    ResourceParameters: DescribeConnectionResourceParameters


class DescribeConnectionRequest(TypedDict):
    Name: ConnectionName


class DescribeConnectionResourceParameters(TypedDict):
    ResourceConfigurationArn: ResourceConfigurationArn
    ResourceAssociationArn: ResourceAssociationArn


class DescribeConnectionResponse(TypedDict):
    ConnectionArn: NotRequired[ConnectionArn]
    Name: NotRequired[ConnectionName]
    Description: NotRequired[ConnectionDescription]
    InvocationConnectivityParameters: NotRequired[DescribeConnectionConnectivityParameters]
    ConnectionState: NotRequired[ConnectionState]
    StateReason: NotRequired[ConnectionStateReason]
    AuthorizationType: NotRequired[ConnectionAuthorizationType]
    SecretArn: NotRequired[SecretsManagerSecretArn]
    KmsKeyIdentifier: NotRequired[KmsKeyIdentifier]
    AuthParameters: NotRequired[ConnectionAuthResponseParameters]
    CreationTime: NotRequired[Timestamp]
    LastModifiedTime: NotRequired[Timestamp]
    LastAuthorizedTime: NotRequired[Timestamp]


class DescribeEndpointRequest(TypedDict):
    Name: EndpointName
    HomeRegion: NotRequired[HomeRegion]


class DescribeEndpointResponse(TypedDict):
    Name: NotRequired[EndpointName]
    Description: NotRequired[EndpointDescription]
    Arn: NotRequired[EndpointArn]
    RoutingConfig: NotRequired[RoutingConfig]
    ReplicationConfig: NotRequired[ReplicationConfig]
    EventBuses: NotRequired[EndpointEventBusList]
    RoleArn: NotRequired[IamRoleArn]
    EndpointId: NotRequired[EndpointId]
    EndpointUrl: NotRequired[EndpointUrl]
    State: NotRequired[EndpointState]
    StateReason: NotRequired[EndpointStateReason]
    CreationTime: NotRequired[Timestamp]
    LastModifiedTime: NotRequired[Timestamp]


class DescribeEventBusRequest(TypedDict):
    Name: NotRequired[EventBusNameOrArn]


class DescribeEventBusResponse(TypedDict):
    Name: NotRequired[String]
    Arn: NotRequired[String]
    Description: NotRequired[EventBusDescription]
    KmsKeyIdentifier: NotRequired[KmsKeyIdentifier]
    DeadLetterConfig: NotRequired[DeadLetterConfig]
    Policy: NotRequired[String]
    LogConfig: NotRequired[LogConfig]
    CreationTime: NotRequired[Timestamp]
    LastModifiedTime: NotRequired[Timestamp]


class DescribeEventSourceRequest(TypedDict):
    Name: EventSourceName


class DescribeEventSourceResponse(TypedDict):
    Arn: NotRequired[String]
    CreatedBy: NotRequired[String]
    CreationTime: NotRequired[Timestamp]
    ExpirationTime: NotRequired[Timestamp]
    Name: NotRequired[String]
    State: NotRequired[EventSourceState]


class DescribePartnerEventSourceRequest(TypedDict):
    Name: EventSourceName


class DescribePartnerEventSourceResponse(TypedDict):
    Arn: NotRequired[String]
    Name: NotRequired[String]


class DescribeReplayRequest(TypedDict):
    ReplayName: ReplayName


class DescribeReplayResponse(TypedDict):
    ReplayName: NotRequired[ReplayName]
    ReplayArn: NotRequired[ReplayArn]
    Description: NotRequired[ReplayDescription]
    State: NotRequired[ReplayState]
    StateReason: NotRequired[ReplayStateReason]
    EventSourceArn: NotRequired[ArchiveArn]
    Destination: NotRequired[ReplayDestination]
    EventStartTime: NotRequired[Timestamp]
    EventEndTime: NotRequired[Timestamp]
    EventLastReplayedTime: NotRequired[Timestamp]
    ReplayStartTime: NotRequired[Timestamp]
    ReplayEndTime: NotRequired[Timestamp]


class DescribeRuleRequest(TypedDict):
    Name: RuleName
    EventBusName: NotRequired[EventBusNameOrArn]


class DescribeRuleResponse(TypedDict):
    Name: NotRequired[RuleName]
    Arn: NotRequired[RuleArn]
    EventPattern: NotRequired[EventPattern]
    ScheduleExpression: NotRequired[ScheduleExpression]
    State: NotRequired[RuleState]
    Description: NotRequired[RuleDescription]
    RoleArn: NotRequired[RoleArn]
    ManagedBy: NotRequired[ManagedBy]
    EventBusName: NotRequired[EventBusName]
    CreatedBy: NotRequired[CreatedBy]


class DisableRuleRequest(TypedDict):
    Name: RuleName
    EventBusName: NotRequired[EventBusNameOrArn]


class EcsParameters(TypedDict):
    TaskDefinitionArn: Arn
    TaskCount: NotRequired[LimitMin1]
    LaunchType: NotRequired[LaunchType]
    NetworkConfiguration: NotRequired[NetworkConfiguration]
    PlatformVersion: NotRequired[String]
    Group: NotRequired[String]
    CapacityProviderStrategy: NotRequired[CapacityProviderStrategy]
    EnableECSManagedTags: NotRequired[Boolean]
    EnableExecuteCommand: NotRequired[Boolean]
    PlacementConstraints: NotRequired[PlacementConstraints]
    PlacementStrategy: NotRequired[PlacementStrategies]
    PropagateTags: NotRequired[PropagateTags]
    ReferenceId: NotRequired[ReferenceId]
    Tags: NotRequired[TagList]


class EnableRuleRequest(TypedDict):
    Name: RuleName
    EventBusName: NotRequired[EventBusNameOrArn]


class Endpoint(TypedDict):
    Name: NotRequired[EndpointName]
    Description: NotRequired[EndpointDescription]
    Arn: NotRequired[EndpointArn]
    RoutingConfig: NotRequired[RoutingConfig]
    ReplicationConfig: NotRequired[ReplicationConfig]
    EventBuses: NotRequired[EndpointEventBusList]
    RoleArn: NotRequired[IamRoleArn]
    EndpointId: NotRequired[EndpointId]
    EndpointUrl: NotRequired[EndpointUrl]
    State: NotRequired[EndpointState]
    StateReason: NotRequired[EndpointStateReason]
    CreationTime: NotRequired[Timestamp]
    LastModifiedTime: NotRequired[Timestamp]


class EndpointEventBus(TypedDict):
    EventBusArn: NonPartnerEventBusArn


class EventBus(TypedDict):
    Name: NotRequired[String]
    Arn: NotRequired[String]
    Description: NotRequired[EventBusDescription]
    Policy: NotRequired[String]
    CreationTime: NotRequired[Timestamp]
    LastModifiedTime: NotRequired[Timestamp]


class EventSource(TypedDict):
    Arn: NotRequired[String]
    CreatedBy: NotRequired[String]
    CreationTime: NotRequired[Timestamp]
    ExpirationTime: NotRequired[Timestamp]
    Name: NotRequired[String]
    State: NotRequired[EventSourceState]


class FailoverConfig(TypedDict):
    Primary: Primary
    Secondary: Secondary


class HttpParameters(TypedDict):
    PathParameterValues: NotRequired[PathParameterList]
    HeaderParameters: NotRequired[HeaderParametersMap]
    QueryStringParameters: NotRequired[QueryStringParametersMap]


class InputTransformer(TypedDict):
    InputPathsMap: NotRequired[TransformerPaths]
    InputTemplate: TransformerInput


class KinesisParameters(TypedDict):
    PartitionKeyPath: TargetPartitionKeyPath


class ListApiDestinationsRequest(TypedDict):
    NamePrefix: NotRequired[ApiDestinationName]
    ConnectionArn: NotRequired[ConnectionArn]
    NextToken: NotRequired[NextToken]
    Limit: NotRequired[LimitMax100]


class ListApiDestinationsResponse(TypedDict):
    ApiDestinations: NotRequired[ApiDestinationResponseList]
    NextToken: NotRequired[NextToken]


class ListArchivesRequest(TypedDict):
    NamePrefix: NotRequired[ArchiveName]
    EventSourceArn: NotRequired[EventBusArn]
    State: NotRequired[ArchiveState]
    NextToken: NotRequired[NextToken]
    Limit: NotRequired[LimitMax100]


class ListArchivesResponse(TypedDict):
    Archives: NotRequired[ArchiveResponseList]
    NextToken: NotRequired[NextToken]


class ListConnectionsRequest(TypedDict):
    NamePrefix: NotRequired[ConnectionName]
    ConnectionState: NotRequired[ConnectionState]
    NextToken: NotRequired[NextToken]
    Limit: NotRequired[LimitMax100]


class ListConnectionsResponse(TypedDict):
    Connections: NotRequired[ConnectionResponseList]
    NextToken: NotRequired[NextToken]


class ListEndpointsRequest(TypedDict):
    NamePrefix: NotRequired[EndpointName]
    HomeRegion: NotRequired[HomeRegion]
    NextToken: NotRequired[NextToken]
    MaxResults: NotRequired[LimitMax100]


class ListEndpointsResponse(TypedDict):
    Endpoints: NotRequired[EndpointList]
    NextToken: NotRequired[NextToken]


class ListEventBusesRequest(TypedDict):
    NamePrefix: NotRequired[EventBusName]
    NextToken: NotRequired[NextToken]
    Limit: NotRequired[LimitMax100]


class ListEventBusesResponse(TypedDict):
    EventBuses: NotRequired[EventBusList]
    NextToken: NotRequired[NextToken]


class ListEventSourcesRequest(TypedDict):
    NamePrefix: NotRequired[EventSourceNamePrefix]
    NextToken: NotRequired[NextToken]
    Limit: NotRequired[LimitMax100]


class ListEventSourcesResponse(TypedDict):
    EventSources: NotRequired[EventSourceList]
    NextToken: NotRequired[NextToken]


class ListPartnerEventSourceAccountsRequest(TypedDict):
    EventSourceName: EventSourceName
    NextToken: NotRequired[NextToken]
    Limit: NotRequired[LimitMax100]


class ListPartnerEventSourceAccountsResponse(TypedDict):
    PartnerEventSourceAccounts: NotRequired[PartnerEventSourceAccountList]
    NextToken: NotRequired[NextToken]


class ListPartnerEventSourcesRequest(TypedDict):
    NamePrefix: PartnerEventSourceNamePrefix
    NextToken: NotRequired[NextToken]
    Limit: NotRequired[LimitMax100]


class ListPartnerEventSourcesResponse(TypedDict):
    PartnerEventSources: NotRequired[PartnerEventSourceList]
    NextToken: NotRequired[NextToken]


class ListReplaysRequest(TypedDict):
    NamePrefix: NotRequired[ReplayName]
    State: NotRequired[ReplayState]
    EventSourceArn: NotRequired[ArchiveArn]
    NextToken: NotRequired[NextToken]
    Limit: NotRequired[LimitMax100]


class ListReplaysResponse(TypedDict):
    Replays: NotRequired[ReplayList]
    NextToken: NotRequired[NextToken]


class ListRuleNamesByTargetRequest(TypedDict):
    TargetArn: TargetArn
    EventBusName: NotRequired[EventBusNameOrArn]
    NextToken: NotRequired[NextToken]
    Limit: NotRequired[LimitMax100]


class ListRuleNamesByTargetResponse(TypedDict):
    RuleNames: NotRequired[RuleNameList]
    NextToken: NotRequired[NextToken]


class ListRulesRequest(TypedDict):
    NamePrefix: NotRequired[RuleName]
    EventBusName: NotRequired[EventBusNameOrArn]
    NextToken: NotRequired[NextToken]
    Limit: NotRequired[LimitMax100]


class ListRulesResponse(TypedDict):
    Rules: NotRequired[RuleResponseList]
    NextToken: NotRequired[NextToken]


class ListTagsForResourceRequest(TypedDict):
    ResourceARN: Arn


class ListTagsForResourceResponse(TypedDict):
    Tags: NotRequired[TagList]


class ListTargetsByRuleRequest(TypedDict):
    Rule: RuleName
    EventBusName: NotRequired[EventBusNameOrArn]
    NextToken: NotRequired[NextToken]
    Limit: NotRequired[LimitMax100]


class ListTargetsByRuleResponse(TypedDict):
    Targets: NotRequired[TargetList]
    NextToken: NotRequired[NextToken]


class LogConfig(TypedDict):
    IncludeDetail: NotRequired[IncludeDetail]
    Level: NotRequired[Level]


class NetworkConfiguration(TypedDict):
    awsvpcConfiguration: NotRequired[AwsVpcConfiguration]


class PartnerEventSource(TypedDict):
    Arn: NotRequired[String]
    Name: NotRequired[String]


class PartnerEventSourceAccount(TypedDict):
    Account: NotRequired[AccountId]
    CreationTime: NotRequired[Timestamp]
    ExpirationTime: NotRequired[Timestamp]
    State: NotRequired[EventSourceState]


class PlacementConstraint(TypedDict):
    type: NotRequired[PlacementConstraintType]
    expression: NotRequired[PlacementConstraintExpression]


class PlacementStrategy(TypedDict):
    type: NotRequired[PlacementStrategyType]
    field: NotRequired[PlacementStrategyField]


class Primary(TypedDict):
    HealthCheck: HealthCheck


class PutEventsRequest(TypedDict):
    Entries: PutEventsRequestEntryList
    EndpointId: NotRequired[EndpointId]


class PutEventsRequestEntry(TypedDict):
    Time: NotRequired[EventTime]
    Source: NotRequired[String]
    Resources: NotRequired[EventResourceList]
    DetailType: NotRequired[String]
    Detail: NotRequired[String]
    EventBusName: NotRequired[NonPartnerEventBusNameOrArn]
    TraceHeader: NotRequired[TraceHeader]


class PutEventsResponse(TypedDict):
    FailedEntryCount: NotRequired[Integer]
    Entries: NotRequired[PutEventsResultEntryList]


class PutEventsResultEntry(TypedDict):
    EventId: NotRequired[EventId]
    ErrorCode: NotRequired[ErrorCode]
    ErrorMessage: NotRequired[ErrorMessage]


class PutPartnerEventsRequest(TypedDict):
    Entries: PutPartnerEventsRequestEntryList


class PutPartnerEventsRequestEntry(TypedDict):
    Time: NotRequired[EventTime]
    Source: NotRequired[EventSourceName]
    Resources: NotRequired[EventResourceList]
    DetailType: NotRequired[String]
    Detail: NotRequired[String]


class PutPartnerEventsResponse(TypedDict):
    FailedEntryCount: NotRequired[Integer]
    Entries: NotRequired[PutPartnerEventsResultEntryList]


class PutPartnerEventsResultEntry(TypedDict):
    EventId: NotRequired[EventId]
    ErrorCode: NotRequired[ErrorCode]
    ErrorMessage: NotRequired[ErrorMessage]


class PutPermissionRequest(TypedDict):
    EventBusName: NotRequired[NonPartnerEventBusName]
    Action: NotRequired[Action]
    Principal: NotRequired[Principal]
    StatementId: NotRequired[StatementId]
    Condition: NotRequired[Condition]
    Policy: NotRequired[String]


class PutRuleRequest(TypedDict):
    Name: RuleName
    ScheduleExpression: NotRequired[ScheduleExpression]
    EventPattern: NotRequired[EventPattern]
    State: NotRequired[RuleState]
    Description: NotRequired[RuleDescription]
    RoleArn: NotRequired[RoleArn]
    Tags: NotRequired[TagList]
    EventBusName: NotRequired[EventBusNameOrArn]


class PutRuleResponse(TypedDict):
    RuleArn: NotRequired[RuleArn]


class PutTargetsRequest(TypedDict):
    Rule: RuleName
    EventBusName: NotRequired[EventBusNameOrArn]
    Targets: TargetList


class PutTargetsResponse(TypedDict):
    FailedEntryCount: NotRequired[Integer]
    FailedEntries: NotRequired[PutTargetsResultEntryList]


class PutTargetsResultEntry(TypedDict):
    TargetId: NotRequired[TargetId]
    ErrorCode: NotRequired[ErrorCode]
    ErrorMessage: NotRequired[ErrorMessage]


class RedshiftDataParameters(TypedDict):
    SecretManagerArn: NotRequired[RedshiftSecretManagerArn]
    Database: Database
    DbUser: NotRequired[DbUser]
    Sql: NotRequired[Sql]
    StatementName: NotRequired[StatementName]
    WithEvent: NotRequired[Boolean]
    Sqls: NotRequired[Sqls]


class RemovePermissionRequest(TypedDict):
    StatementId: NotRequired[StatementId]
    RemoveAllPermissions: NotRequired[Boolean]
    EventBusName: NotRequired[NonPartnerEventBusName]


class RemoveTargetsRequest(TypedDict):
    Rule: RuleName
    EventBusName: NotRequired[EventBusNameOrArn]
    Ids: TargetIdList
    Force: NotRequired[Boolean]


class RemoveTargetsResponse(TypedDict):
    FailedEntryCount: NotRequired[Integer]
    FailedEntries: NotRequired[RemoveTargetsResultEntryList]


class RemoveTargetsResultEntry(TypedDict):
    TargetId: NotRequired[TargetId]
    ErrorCode: NotRequired[ErrorCode]
    ErrorMessage: NotRequired[ErrorMessage]


class Replay(TypedDict):
    ReplayName: NotRequired[ReplayName]
    EventSourceArn: NotRequired[ArchiveArn]
    State: NotRequired[ReplayState]
    StateReason: NotRequired[ReplayStateReason]
    EventStartTime: NotRequired[Timestamp]
    EventEndTime: NotRequired[Timestamp]
    EventLastReplayedTime: NotRequired[Timestamp]
    ReplayStartTime: NotRequired[Timestamp]
    ReplayEndTime: NotRequired[Timestamp]


class ReplayDestination(TypedDict):
    Arn: Arn
    FilterArns: NotRequired[ReplayDestinationFilters]


class ReplicationConfig(TypedDict):
    State: NotRequired[ReplicationState]


class RetryPolicy(TypedDict):
    MaximumRetryAttempts: NotRequired[MaximumRetryAttempts]
    MaximumEventAgeInSeconds: NotRequired[MaximumEventAgeInSeconds]


class RoutingConfig(TypedDict):
    FailoverConfig: FailoverConfig


class Rule(TypedDict):
    Name: NotRequired[RuleName]
    Arn: NotRequired[RuleArn]
    EventPattern: NotRequired[EventPattern]
    State: NotRequired[RuleState]
    Description: NotRequired[RuleDescription]
    ScheduleExpression: NotRequired[ScheduleExpression]
    RoleArn: NotRequired[RoleArn]
    ManagedBy: NotRequired[ManagedBy]
    EventBusName: NotRequired[EventBusName]


class RunCommandParameters(TypedDict):
    RunCommandTargets: RunCommandTargets


class RunCommandTarget(TypedDict):
    Key: RunCommandTargetKey
    Values: RunCommandTargetValues


class SageMakerPipelineParameter(TypedDict):
    Name: SageMakerPipelineParameterName
    Value: SageMakerPipelineParameterValue


class SageMakerPipelineParameters(TypedDict):
    PipelineParameterList: NotRequired[SageMakerPipelineParameterList]


class Secondary(TypedDict):
    Route: Route


class SqsParameters(TypedDict):
    MessageGroupId: NotRequired[MessageGroupId]


class StartReplayRequest(TypedDict):
    ReplayName: ReplayName
    Description: NotRequired[ReplayDescription]
    EventSourceArn: ArchiveArn
    EventStartTime: Timestamp
    EventEndTime: Timestamp
    Destination: ReplayDestination


class StartReplayResponse(TypedDict):
    ReplayArn: NotRequired[ReplayArn]
    State: NotRequired[ReplayState]
    StateReason: NotRequired[ReplayStateReason]
    ReplayStartTime: NotRequired[Timestamp]


class Tag(TypedDict):
    Key: TagKey
    Value: TagValue


class TagResourceRequest(TypedDict):
    ResourceARN: Arn
    Tags: TagList


class TagResourceResponse(TypedDict):
    pass


class Target(TypedDict):
    Id: TargetId
    Arn: TargetArn
    RoleArn: NotRequired[RoleArn]
    Input: NotRequired[TargetInput]
    InputPath: NotRequired[TargetInputPath]
    InputTransformer: NotRequired[InputTransformer]
    KinesisParameters: NotRequired[KinesisParameters]
    RunCommandParameters: NotRequired[RunCommandParameters]
    EcsParameters: NotRequired[EcsParameters]
    BatchParameters: NotRequired[BatchParameters]
    SqsParameters: NotRequired[SqsParameters]
    HttpParameters: NotRequired[HttpParameters]
    RedshiftDataParameters: NotRequired[RedshiftDataParameters]
    SageMakerPipelineParameters: NotRequired[SageMakerPipelineParameters]
    DeadLetterConfig: NotRequired[DeadLetterConfig]
    RetryPolicy: NotRequired[RetryPolicy]
    AppSyncParameters: NotRequired[AppSyncParameters]


class TestEventPatternRequest(TypedDict):
    EventPattern: EventPattern
    Event: String


class TestEventPatternResponse(TypedDict):
    Result: NotRequired[Boolean]


class UntagResourceRequest(TypedDict):
    ResourceARN: Arn
    TagKeys: TagKeyList


class UntagResourceResponse(TypedDict):
    pass


class UpdateApiDestinationRequest(TypedDict):
    Name: ApiDestinationName
    Description: NotRequired[ApiDestinationDescription]
    ConnectionArn: NotRequired[ConnectionArn]
    InvocationEndpoint: NotRequired[HttpsEndpoint]
    HttpMethod: NotRequired[ApiDestinationHttpMethod]
    InvocationRateLimitPerSecond: NotRequired[ApiDestinationInvocationRateLimitPerSecond]


class UpdateApiDestinationResponse(TypedDict):
    ApiDestinationArn: NotRequired[ApiDestinationArn]
    ApiDestinationState: NotRequired[ApiDestinationState]
    CreationTime: NotRequired[Timestamp]
    LastModifiedTime: NotRequired[Timestamp]


class UpdateArchiveRequest(TypedDict):
    ArchiveName: ArchiveName
    Description: NotRequired[ArchiveDescription]
    EventPattern: NotRequired[EventPattern]
    RetentionDays: NotRequired[RetentionDays]
    KmsKeyIdentifier: NotRequired[KmsKeyIdentifier]


class UpdateArchiveResponse(TypedDict):
    ArchiveArn: NotRequired[ArchiveArn]
    State: NotRequired[ArchiveState]
    StateReason: NotRequired[ArchiveStateReason]
    CreationTime: NotRequired[Timestamp]


class UpdateConnectionApiKeyAuthRequestParameters(TypedDict):
    ApiKeyName: NotRequired[AuthHeaderParameters]
    ApiKeyValue: NotRequired[AuthHeaderParametersSensitive]


class UpdateConnectionAuthRequestParameters(TypedDict):
    BasicAuthParameters: NotRequired[UpdateConnectionBasicAuthRequestParameters]
    OAuthParameters: NotRequired[UpdateConnectionOAuthRequestParameters]
    ApiKeyAuthParameters: NotRequired[UpdateConnectionApiKeyAuthRequestParameters]
    InvocationHttpParameters: NotRequired[ConnectionHttpParameters]
    ConnectivityParameters: NotRequired[ConnectivityResourceParameters]


class UpdateConnectionBasicAuthRequestParameters(TypedDict):
    Username: NotRequired[AuthHeaderParameters]
    Password: NotRequired[AuthHeaderParametersSensitive]


class UpdateConnectionOAuthClientRequestParameters(TypedDict):
    ClientID: NotRequired[AuthHeaderParameters]
    ClientSecret: NotRequired[AuthHeaderParametersSensitive]


class UpdateConnectionOAuthRequestParameters(TypedDict):
    ClientParameters: NotRequired[UpdateConnectionOAuthClientRequestParameters]
    AuthorizationEndpoint: NotRequired[HttpsEndpoint]
    HttpMethod: NotRequired[ConnectionOAuthHttpMethod]
    OAuthHttpParameters: NotRequired[ConnectionHttpParameters]


class UpdateConnectionRequest(TypedDict):
    Name: ConnectionName
    Description: NotRequired[ConnectionDescription]
    AuthorizationType: NotRequired[ConnectionAuthorizationType]
    AuthParameters: NotRequired[UpdateConnectionAuthRequestParameters]
    InvocationConnectivityParameters: NotRequired[ConnectivityResourceParameters]
    KmsKeyIdentifier: NotRequired[KmsKeyIdentifier]


class UpdateConnectionResponse(TypedDict):
    ConnectionArn: NotRequired[ConnectionArn]
    ConnectionState: NotRequired[ConnectionState]
    CreationTime: NotRequired[Timestamp]
    LastModifiedTime: NotRequired[Timestamp]
    LastAuthorizedTime: NotRequired[Timestamp]


class UpdateEndpointRequest(TypedDict):
    Name: EndpointName
    Description: NotRequired[EndpointDescription]
    RoutingConfig: NotRequired[RoutingConfig]
    ReplicationConfig: NotRequired[ReplicationConfig]
    EventBuses: NotRequired[EndpointEventBusList]
    RoleArn: NotRequired[IamRoleArn]


class UpdateEndpointResponse(TypedDict):
    Name: NotRequired[EndpointName]
    Arn: NotRequired[EndpointArn]
    RoutingConfig: NotRequired[RoutingConfig]
    ReplicationConfig: NotRequired[ReplicationConfig]
    EventBuses: NotRequired[EndpointEventBusList]
    RoleArn: NotRequired[IamRoleArn]
    EndpointId: NotRequired[EndpointId]
    EndpointUrl: NotRequired[EndpointUrl]
    State: NotRequired[EndpointState]


class UpdateEventBusRequest(TypedDict):
    Name: NotRequired[EventBusName]
    KmsKeyIdentifier: NotRequired[KmsKeyIdentifier]
    Description: NotRequired[EventBusDescription]
    DeadLetterConfig: NotRequired[DeadLetterConfig]
    LogConfig: NotRequired[LogConfig]


class UpdateEventBusResponse(TypedDict):
    Arn: NotRequired[String]
    Name: NotRequired[EventBusName]
    KmsKeyIdentifier: NotRequired[KmsKeyIdentifier]
    Description: NotRequired[EventBusDescription]
    DeadLetterConfig: NotRequired[DeadLetterConfig]
    LogConfig: NotRequired[LogConfig]


ApiDestinationResponseList = list[ApiDestination]
ArchiveResponseList = list[Archive]
CapacityProviderStrategy = list[CapacityProviderStrategyItem]
ConnectionBodyParametersList = list[ConnectionBodyParameter]
ConnectionHeaderParametersList = list[ConnectionHeaderParameter]
ConnectionQueryStringParametersList = list[ConnectionQueryStringParameter]
ConnectionResponseList = list[Connection]
EndpointEventBusList = list[EndpointEventBus]
EndpointList = list[Endpoint]
EventBusList = list[EventBus]
EventResourceList = list[EventResource]
EventSourceList = list[EventSource]
HeaderParametersMap = dict[HeaderKey, HeaderValue]
PartnerEventSourceAccountList = list[PartnerEventSourceAccount]
PartnerEventSourceList = list[PartnerEventSource]
PathParameterList = list[PathParameter]
PlacementConstraints = list[PlacementConstraint]
PlacementStrategies = list[PlacementStrategy]
PutEventsRequestEntryList = list[PutEventsRequestEntry]
PutEventsResultEntryList = list[PutEventsResultEntry]
PutPartnerEventsRequestEntryList = list[PutPartnerEventsRequestEntry]
PutPartnerEventsResultEntryList = list[PutPartnerEventsResultEntry]
PutTargetsResultEntryList = list[PutTargetsResultEntry]
QueryStringParametersMap = dict[QueryStringKey, QueryStringValue]
RemoveTargetsResultEntryList = list[RemoveTargetsResultEntry]
ReplayDestinationFilters = list[Arn]
ReplayList = list[Replay]
RuleNameList = list[RuleName]
RuleResponseList = list[Rule]
RunCommandTargetValues = list[RunCommandTargetValue]
RunCommandTargets = list[RunCommandTarget]
SageMakerPipelineParameterList = list[SageMakerPipelineParameter]
Sqls = list[Sql]
StringList = list[String]
TagKeyList = list[TagKey]
TagList = list[Tag]
TargetIdList = list[TargetId]
TargetList = list[Target]
TransformerPaths = dict[InputTransformerPathKey, TargetInputPath]


class AccessDeniedException(ServiceError):
    code = "AccessDeniedException"
    query_code: ClassVar[str] = "AccessDeniedException"
    shape_name: ClassVar[str] = "AccessDeniedException"
    status_code = 400
    sender_fault = True


class ConcurrentModificationException(ServiceError):
    code = "ConcurrentModificationException"
    query_code: ClassVar[str] = "ConcurrentModificationException"
    shape_name: ClassVar[str] = "ConcurrentModificationException"
    status_code = 400
    sender_fault = True


class IllegalStatusException(ServiceError):
    code = "IllegalStatusException"
    query_code: ClassVar[str] = "IllegalStatusException"
    shape_name: ClassVar[str] = "IllegalStatusException"
    status_code = 400
    sender_fault = True


class InternalException(ServiceError):
    code = "InternalException"
    query_code: ClassVar[str] = "InternalException"
    shape_name: ClassVar[str] = "InternalException"
    status_code = 400
    sender_fault = True


class InvalidEventPatternException(ServiceError):
    code = "InvalidEventPatternException"
    query_code: ClassVar[str] = "InvalidEventPatternException"
    shape_name: ClassVar[str] = "InvalidEventPatternException"
    status_code = 400
    sender_fault = True


class InvalidStateException(ServiceError):
    code = "InvalidStateException"
    query_code: ClassVar[str] = "InvalidStateException"
    shape_name: ClassVar[str] = "InvalidStateException"
    status_code = 400
    sender_fault = True


class LimitExceededException(ServiceError):
    code = "LimitExceededException"
    query_code: ClassVar[str] = "LimitExceededException"
    shape_name: ClassVar[str] = "LimitExceededException"
    status_code = 400
    sender_fault = True


class ManagedRuleException(ServiceError):
    code = "ManagedRuleException"
    query_code: ClassVar[str] = "ManagedRuleException"
    shape_name: ClassVar[str] = "ManagedRuleException"
    status_code = 400
    sender_fault = True


class OperationDisabledException(ServiceError):
    code = "OperationDisabledException"
    query_code: ClassVar[str] = "OperationDisabledException"
    shape_name: ClassVar[str] = "OperationDisabledException"
    status_code = 400
    sender_fault = True


class PolicyLengthExceededException(ServiceError):
    code = "PolicyLengthExceededException"
    query_code: ClassVar[str] = "PolicyLengthExceededException"
    shape_name: ClassVar[str] = "PolicyLengthExceededException"
    status_code = 400
    sender_fault = True


class ResourceAlreadyExistsException(ServiceError):
    code = "ResourceAlreadyExistsException"
    query_code: ClassVar[str] = "ResourceAlreadyExistsException"
    shape_name: ClassVar[str] = "ResourceAlreadyExistsException"
    status_code = 400
    sender_fault = True


class ResourceNotFoundException(ServiceError):
    code = "ResourceNotFoundException"
    query_code: ClassVar[str] = "ResourceNotFoundException"
    shape_name: ClassVar[str] = "ResourceNotFoundException"
    status_code = 400
    sender_fault = True


class ThrottlingException(ServiceError):
    code = "ThrottlingException"
    query_code: ClassVar[str] = "ThrottlingException"
    shape_name: ClassVar[str] = "ThrottlingException"
    status_code = 400
    sender_fault = True


ERRORS: dict[str, type[ServiceError]] = {
    "AccessDeniedException": AccessDeniedException,
    "ConcurrentModificationException": ConcurrentModificationException,
    "IllegalStatusException": IllegalStatusException,
    "InternalException": InternalException,
    "InvalidEventPatternException": InvalidEventPatternException,
    "InvalidStateException": InvalidStateException,
    "LimitExceededException": LimitExceededException,
    "ManagedRuleException": ManagedRuleException,
    "OperationDisabledException": OperationDisabledException,
    "PolicyLengthExceededException": PolicyLengthExceededException,
    "ResourceAlreadyExistsException": ResourceAlreadyExistsException,
    "ResourceNotFoundException": ResourceNotFoundException,
    "ThrottlingException": ThrottlingException,
}


class EventsApi(ServiceApi):
    service = "events"
    iam_prefix = "events"
    operations: ClassVar[dict[str, OperationSpec]] = {
        "ActivateEventSource": OperationSpec("activate_event_source", {"Name": "name"}),
        "CancelReplay": OperationSpec("cancel_replay", {"ReplayName": "replay_name"}),
        "CreateApiDestination": OperationSpec(
            "create_api_destination",
            {
                "Name": "name",
                "Description": "description",
                "ConnectionArn": "connection_arn",
                "InvocationEndpoint": "invocation_endpoint",
                "HttpMethod": "http_method",
                "InvocationRateLimitPerSecond": "invocation_rate_limit_per_second",
            },
        ),
        "CreateArchive": OperationSpec(
            "create_archive",
            {
                "ArchiveName": "archive_name",
                "EventSourceArn": "event_source_arn",
                "Description": "description",
                "EventPattern": "event_pattern",
                "RetentionDays": "retention_days",
                "KmsKeyIdentifier": "kms_key_identifier",
            },
        ),
        "CreateConnection": OperationSpec(
            "create_connection",
            {
                "Name": "name",
                "Description": "description",
                "AuthorizationType": "authorization_type",
                "AuthParameters": "auth_parameters",
                "InvocationConnectivityParameters": "invocation_connectivity_parameters",
                "KmsKeyIdentifier": "kms_key_identifier",
            },
        ),
        "CreateEndpoint": OperationSpec(
            "create_endpoint",
            {
                "Name": "name",
                "Description": "description",
                "RoutingConfig": "routing_config",
                "ReplicationConfig": "replication_config",
                "EventBuses": "event_buses",
                "RoleArn": "role_arn",
            },
        ),
        "CreateEventBus": OperationSpec(
            "create_event_bus",
            {
                "Name": "name",
                "EventSourceName": "event_source_name",
                "Description": "description",
                "KmsKeyIdentifier": "kms_key_identifier",
                "DeadLetterConfig": "dead_letter_config",
                "LogConfig": "log_config",
                "Tags": "tags",
            },
        ),
        "CreatePartnerEventSource": OperationSpec(
            "create_partner_event_source", {"Name": "name", "Account": "account"}
        ),
        "DeactivateEventSource": OperationSpec("deactivate_event_source", {"Name": "name"}),
        "DeauthorizeConnection": OperationSpec("deauthorize_connection", {"Name": "name"}),
        "DeleteApiDestination": OperationSpec("delete_api_destination", {"Name": "name"}),
        "DeleteArchive": OperationSpec("delete_archive", {"ArchiveName": "archive_name"}),
        "DeleteConnection": OperationSpec("delete_connection", {"Name": "name"}),
        "DeleteEndpoint": OperationSpec("delete_endpoint", {"Name": "name"}),
        "DeleteEventBus": OperationSpec("delete_event_bus", {"Name": "name"}),
        "DeletePartnerEventSource": OperationSpec(
            "delete_partner_event_source", {"Name": "name", "Account": "account"}
        ),
        "DeleteRule": OperationSpec(
            "delete_rule", {"Name": "name", "EventBusName": "event_bus_name", "Force": "force"}
        ),
        "DescribeApiDestination": OperationSpec("describe_api_destination", {"Name": "name"}),
        "DescribeArchive": OperationSpec("describe_archive", {"ArchiveName": "archive_name"}),
        "DescribeConnection": OperationSpec("describe_connection", {"Name": "name"}),
        "DescribeEndpoint": OperationSpec("describe_endpoint", {"Name": "name", "HomeRegion": "home_region"}),
        "DescribeEventBus": OperationSpec("describe_event_bus", {"Name": "name"}),
        "DescribeEventSource": OperationSpec("describe_event_source", {"Name": "name"}),
        "DescribePartnerEventSource": OperationSpec("describe_partner_event_source", {"Name": "name"}),
        "DescribeReplay": OperationSpec("describe_replay", {"ReplayName": "replay_name"}),
        "DescribeRule": OperationSpec("describe_rule", {"Name": "name", "EventBusName": "event_bus_name"}),
        "DisableRule": OperationSpec("disable_rule", {"Name": "name", "EventBusName": "event_bus_name"}),
        "EnableRule": OperationSpec("enable_rule", {"Name": "name", "EventBusName": "event_bus_name"}),
        "ListApiDestinations": OperationSpec(
            "list_api_destinations",
            {
                "NamePrefix": "name_prefix",
                "ConnectionArn": "connection_arn",
                "NextToken": "next_token",
                "Limit": "limit",
            },
        ),
        "ListArchives": OperationSpec(
            "list_archives",
            {
                "NamePrefix": "name_prefix",
                "EventSourceArn": "event_source_arn",
                "State": "state",
                "NextToken": "next_token",
                "Limit": "limit",
            },
        ),
        "ListConnections": OperationSpec(
            "list_connections",
            {
                "NamePrefix": "name_prefix",
                "ConnectionState": "connection_state",
                "NextToken": "next_token",
                "Limit": "limit",
            },
        ),
        "ListEndpoints": OperationSpec(
            "list_endpoints",
            {
                "NamePrefix": "name_prefix",
                "HomeRegion": "home_region",
                "NextToken": "next_token",
                "MaxResults": "max_results",
            },
        ),
        "ListEventBuses": OperationSpec(
            "list_event_buses", {"NamePrefix": "name_prefix", "NextToken": "next_token", "Limit": "limit"}
        ),
        "ListEventSources": OperationSpec(
            "list_event_sources", {"NamePrefix": "name_prefix", "NextToken": "next_token", "Limit": "limit"}
        ),
        "ListPartnerEventSourceAccounts": OperationSpec(
            "list_partner_event_source_accounts",
            {"EventSourceName": "event_source_name", "NextToken": "next_token", "Limit": "limit"},
        ),
        "ListPartnerEventSources": OperationSpec(
            "list_partner_event_sources",
            {"NamePrefix": "name_prefix", "NextToken": "next_token", "Limit": "limit"},
        ),
        "ListReplays": OperationSpec(
            "list_replays",
            {
                "NamePrefix": "name_prefix",
                "State": "state",
                "EventSourceArn": "event_source_arn",
                "NextToken": "next_token",
                "Limit": "limit",
            },
        ),
        "ListRuleNamesByTarget": OperationSpec(
            "list_rule_names_by_target",
            {
                "TargetArn": "target_arn",
                "EventBusName": "event_bus_name",
                "NextToken": "next_token",
                "Limit": "limit",
            },
        ),
        "ListRules": OperationSpec(
            "list_rules",
            {
                "NamePrefix": "name_prefix",
                "EventBusName": "event_bus_name",
                "NextToken": "next_token",
                "Limit": "limit",
            },
        ),
        "ListTagsForResource": OperationSpec("list_tags_for_resource", {"ResourceARN": "resource_arn"}),
        "ListTargetsByRule": OperationSpec(
            "list_targets_by_rule",
            {"Rule": "rule", "EventBusName": "event_bus_name", "NextToken": "next_token", "Limit": "limit"},
        ),
        "PutEvents": OperationSpec("put_events", {"Entries": "entries", "EndpointId": "endpoint_id"}),
        "PutPartnerEvents": OperationSpec("put_partner_events", {"Entries": "entries"}),
        "PutPermission": OperationSpec(
            "put_permission",
            {
                "EventBusName": "event_bus_name",
                "Action": "action",
                "Principal": "principal",
                "StatementId": "statement_id",
                "Condition": "condition",
                "Policy": "policy",
            },
        ),
        "PutRule": OperationSpec(
            "put_rule",
            {
                "Name": "name",
                "ScheduleExpression": "schedule_expression",
                "EventPattern": "event_pattern",
                "State": "state",
                "Description": "description",
                "RoleArn": "role_arn",
                "Tags": "tags",
                "EventBusName": "event_bus_name",
            },
        ),
        "PutTargets": OperationSpec(
            "put_targets", {"Rule": "rule", "EventBusName": "event_bus_name", "Targets": "targets"}
        ),
        "RemovePermission": OperationSpec(
            "remove_permission",
            {
                "StatementId": "statement_id",
                "RemoveAllPermissions": "remove_all_permissions",
                "EventBusName": "event_bus_name",
            },
        ),
        "RemoveTargets": OperationSpec(
            "remove_targets",
            {"Rule": "rule", "EventBusName": "event_bus_name", "Ids": "ids", "Force": "force"},
        ),
        "StartReplay": OperationSpec(
            "start_replay",
            {
                "ReplayName": "replay_name",
                "Description": "description",
                "EventSourceArn": "event_source_arn",
                "EventStartTime": "event_start_time",
                "EventEndTime": "event_end_time",
                "Destination": "destination",
            },
        ),
        "TagResource": OperationSpec("tag_resource", {"ResourceARN": "resource_arn", "Tags": "tags"}),
        "TestEventPattern": OperationSpec(
            "test_event_pattern", {"EventPattern": "event_pattern", "Event": "event"}
        ),
        "UntagResource": OperationSpec(
            "untag_resource", {"ResourceARN": "resource_arn", "TagKeys": "tag_keys"}
        ),
        "UpdateApiDestination": OperationSpec(
            "update_api_destination",
            {
                "Name": "name",
                "Description": "description",
                "ConnectionArn": "connection_arn",
                "InvocationEndpoint": "invocation_endpoint",
                "HttpMethod": "http_method",
                "InvocationRateLimitPerSecond": "invocation_rate_limit_per_second",
            },
        ),
        "UpdateArchive": OperationSpec(
            "update_archive",
            {
                "ArchiveName": "archive_name",
                "Description": "description",
                "EventPattern": "event_pattern",
                "RetentionDays": "retention_days",
                "KmsKeyIdentifier": "kms_key_identifier",
            },
        ),
        "UpdateConnection": OperationSpec(
            "update_connection",
            {
                "Name": "name",
                "Description": "description",
                "AuthorizationType": "authorization_type",
                "AuthParameters": "auth_parameters",
                "InvocationConnectivityParameters": "invocation_connectivity_parameters",
                "KmsKeyIdentifier": "kms_key_identifier",
            },
        ),
        "UpdateEndpoint": OperationSpec(
            "update_endpoint",
            {
                "Name": "name",
                "Description": "description",
                "RoutingConfig": "routing_config",
                "ReplicationConfig": "replication_config",
                "EventBuses": "event_buses",
                "RoleArn": "role_arn",
            },
        ),
        "UpdateEventBus": OperationSpec(
            "update_event_bus",
            {
                "Name": "name",
                "KmsKeyIdentifier": "kms_key_identifier",
                "Description": "description",
                "DeadLetterConfig": "dead_letter_config",
                "LogConfig": "log_config",
            },
        ),
    }

    async def activate_event_source(self, context: RequestContext, *, name: EventSourceName) -> None:
        raise NotImplementedError

    async def cancel_replay(
        self, context: RequestContext, *, replay_name: ReplayName
    ) -> CancelReplayResponse:
        raise NotImplementedError

    async def create_api_destination(
        self,
        context: RequestContext,
        *,
        name: ApiDestinationName,
        connection_arn: ConnectionArn,
        invocation_endpoint: HttpsEndpoint,
        http_method: ApiDestinationHttpMethod,
        description: ApiDestinationDescription | None = None,
        invocation_rate_limit_per_second: ApiDestinationInvocationRateLimitPerSecond | None = None,
    ) -> CreateApiDestinationResponse:
        raise NotImplementedError

    async def create_archive(
        self,
        context: RequestContext,
        *,
        archive_name: ArchiveName,
        event_source_arn: EventBusArn,
        description: ArchiveDescription | None = None,
        event_pattern: EventPattern | None = None,
        retention_days: RetentionDays | None = None,
        kms_key_identifier: KmsKeyIdentifier | None = None,
    ) -> CreateArchiveResponse:
        raise NotImplementedError

    async def create_connection(
        self,
        context: RequestContext,
        *,
        name: ConnectionName,
        authorization_type: ConnectionAuthorizationType,
        auth_parameters: CreateConnectionAuthRequestParameters,
        description: ConnectionDescription | None = None,
        invocation_connectivity_parameters: ConnectivityResourceParameters | None = None,
        kms_key_identifier: KmsKeyIdentifier | None = None,
    ) -> CreateConnectionResponse:
        raise NotImplementedError

    async def create_endpoint(
        self,
        context: RequestContext,
        *,
        name: EndpointName,
        routing_config: RoutingConfig,
        event_buses: EndpointEventBusList,
        description: EndpointDescription | None = None,
        replication_config: ReplicationConfig | None = None,
        role_arn: IamRoleArn | None = None,
    ) -> CreateEndpointResponse:
        raise NotImplementedError

    async def create_event_bus(
        self,
        context: RequestContext,
        *,
        name: EventBusName,
        event_source_name: EventSourceName | None = None,
        description: EventBusDescription | None = None,
        kms_key_identifier: KmsKeyIdentifier | None = None,
        dead_letter_config: DeadLetterConfig | None = None,
        log_config: LogConfig | None = None,
        tags: TagList | None = None,
    ) -> CreateEventBusResponse:
        raise NotImplementedError

    async def create_partner_event_source(
        self, context: RequestContext, *, name: EventSourceName, account: AccountId
    ) -> CreatePartnerEventSourceResponse:
        raise NotImplementedError

    async def deactivate_event_source(self, context: RequestContext, *, name: EventSourceName) -> None:
        raise NotImplementedError

    async def deauthorize_connection(
        self, context: RequestContext, *, name: ConnectionName
    ) -> DeauthorizeConnectionResponse:
        raise NotImplementedError

    async def delete_api_destination(
        self, context: RequestContext, *, name: ApiDestinationName
    ) -> DeleteApiDestinationResponse:
        raise NotImplementedError

    async def delete_archive(
        self, context: RequestContext, *, archive_name: ArchiveName
    ) -> DeleteArchiveResponse:
        raise NotImplementedError

    async def delete_connection(
        self, context: RequestContext, *, name: ConnectionName
    ) -> DeleteConnectionResponse:
        raise NotImplementedError

    async def delete_endpoint(self, context: RequestContext, *, name: EndpointName) -> DeleteEndpointResponse:
        raise NotImplementedError

    async def delete_event_bus(self, context: RequestContext, *, name: EventBusName) -> None:
        raise NotImplementedError

    async def delete_partner_event_source(
        self, context: RequestContext, *, name: EventSourceName, account: AccountId
    ) -> None:
        raise NotImplementedError

    async def delete_rule(
        self,
        context: RequestContext,
        *,
        name: RuleName,
        event_bus_name: EventBusNameOrArn | None = None,
        force: Boolean | None = None,
    ) -> None:
        raise NotImplementedError

    async def describe_api_destination(
        self, context: RequestContext, *, name: ApiDestinationName
    ) -> DescribeApiDestinationResponse:
        raise NotImplementedError

    async def describe_archive(
        self, context: RequestContext, *, archive_name: ArchiveName
    ) -> DescribeArchiveResponse:
        raise NotImplementedError

    async def describe_connection(
        self, context: RequestContext, *, name: ConnectionName
    ) -> DescribeConnectionResponse:
        raise NotImplementedError

    async def describe_endpoint(
        self, context: RequestContext, *, name: EndpointName, home_region: HomeRegion | None = None
    ) -> DescribeEndpointResponse:
        raise NotImplementedError

    async def describe_event_bus(
        self, context: RequestContext, *, name: EventBusNameOrArn | None = None
    ) -> DescribeEventBusResponse:
        raise NotImplementedError

    async def describe_event_source(
        self, context: RequestContext, *, name: EventSourceName
    ) -> DescribeEventSourceResponse:
        raise NotImplementedError

    async def describe_partner_event_source(
        self, context: RequestContext, *, name: EventSourceName
    ) -> DescribePartnerEventSourceResponse:
        raise NotImplementedError

    async def describe_replay(
        self, context: RequestContext, *, replay_name: ReplayName
    ) -> DescribeReplayResponse:
        raise NotImplementedError

    async def describe_rule(
        self, context: RequestContext, *, name: RuleName, event_bus_name: EventBusNameOrArn | None = None
    ) -> DescribeRuleResponse:
        raise NotImplementedError

    async def disable_rule(
        self, context: RequestContext, *, name: RuleName, event_bus_name: EventBusNameOrArn | None = None
    ) -> None:
        raise NotImplementedError

    async def enable_rule(
        self, context: RequestContext, *, name: RuleName, event_bus_name: EventBusNameOrArn | None = None
    ) -> None:
        raise NotImplementedError

    async def list_api_destinations(
        self,
        context: RequestContext,
        *,
        name_prefix: ApiDestinationName | None = None,
        connection_arn: ConnectionArn | None = None,
        next_token: NextToken | None = None,
        limit: LimitMax100 | None = None,
    ) -> ListApiDestinationsResponse:
        raise NotImplementedError

    async def list_archives(
        self,
        context: RequestContext,
        *,
        name_prefix: ArchiveName | None = None,
        event_source_arn: EventBusArn | None = None,
        state: ArchiveState | None = None,
        next_token: NextToken | None = None,
        limit: LimitMax100 | None = None,
    ) -> ListArchivesResponse:
        raise NotImplementedError

    async def list_connections(
        self,
        context: RequestContext,
        *,
        name_prefix: ConnectionName | None = None,
        connection_state: ConnectionState | None = None,
        next_token: NextToken | None = None,
        limit: LimitMax100 | None = None,
    ) -> ListConnectionsResponse:
        raise NotImplementedError

    async def list_endpoints(
        self,
        context: RequestContext,
        *,
        name_prefix: EndpointName | None = None,
        home_region: HomeRegion | None = None,
        next_token: NextToken | None = None,
        max_results: LimitMax100 | None = None,
    ) -> ListEndpointsResponse:
        raise NotImplementedError

    async def list_event_buses(
        self,
        context: RequestContext,
        *,
        name_prefix: EventBusName | None = None,
        next_token: NextToken | None = None,
        limit: LimitMax100 | None = None,
    ) -> ListEventBusesResponse:
        raise NotImplementedError

    async def list_event_sources(
        self,
        context: RequestContext,
        *,
        name_prefix: EventSourceNamePrefix | None = None,
        next_token: NextToken | None = None,
        limit: LimitMax100 | None = None,
    ) -> ListEventSourcesResponse:
        raise NotImplementedError

    async def list_partner_event_source_accounts(
        self,
        context: RequestContext,
        *,
        event_source_name: EventSourceName,
        next_token: NextToken | None = None,
        limit: LimitMax100 | None = None,
    ) -> ListPartnerEventSourceAccountsResponse:
        raise NotImplementedError

    async def list_partner_event_sources(
        self,
        context: RequestContext,
        *,
        name_prefix: PartnerEventSourceNamePrefix,
        next_token: NextToken | None = None,
        limit: LimitMax100 | None = None,
    ) -> ListPartnerEventSourcesResponse:
        raise NotImplementedError

    async def list_replays(
        self,
        context: RequestContext,
        *,
        name_prefix: ReplayName | None = None,
        state: ReplayState | None = None,
        event_source_arn: ArchiveArn | None = None,
        next_token: NextToken | None = None,
        limit: LimitMax100 | None = None,
    ) -> ListReplaysResponse:
        raise NotImplementedError

    async def list_rule_names_by_target(
        self,
        context: RequestContext,
        *,
        target_arn: TargetArn,
        event_bus_name: EventBusNameOrArn | None = None,
        next_token: NextToken | None = None,
        limit: LimitMax100 | None = None,
    ) -> ListRuleNamesByTargetResponse:
        raise NotImplementedError

    async def list_rules(
        self,
        context: RequestContext,
        *,
        name_prefix: RuleName | None = None,
        event_bus_name: EventBusNameOrArn | None = None,
        next_token: NextToken | None = None,
        limit: LimitMax100 | None = None,
    ) -> ListRulesResponse:
        raise NotImplementedError

    async def list_tags_for_resource(
        self, context: RequestContext, *, resource_arn: Arn
    ) -> ListTagsForResourceResponse:
        raise NotImplementedError

    async def list_targets_by_rule(
        self,
        context: RequestContext,
        *,
        rule: RuleName,
        event_bus_name: EventBusNameOrArn | None = None,
        next_token: NextToken | None = None,
        limit: LimitMax100 | None = None,
    ) -> ListTargetsByRuleResponse:
        raise NotImplementedError

    async def put_events(
        self,
        context: RequestContext,
        *,
        entries: PutEventsRequestEntryList,
        endpoint_id: EndpointId | None = None,
    ) -> PutEventsResponse:
        raise NotImplementedError

    async def put_partner_events(
        self, context: RequestContext, *, entries: PutPartnerEventsRequestEntryList
    ) -> PutPartnerEventsResponse:
        raise NotImplementedError

    async def put_permission(
        self,
        context: RequestContext,
        *,
        event_bus_name: NonPartnerEventBusName | None = None,
        action: Action | None = None,
        principal: Principal | None = None,
        statement_id: StatementId | None = None,
        condition: Condition | None = None,
        policy: String | None = None,
    ) -> None:
        raise NotImplementedError

    async def put_rule(
        self,
        context: RequestContext,
        *,
        name: RuleName,
        schedule_expression: ScheduleExpression | None = None,
        event_pattern: EventPattern | None = None,
        state: RuleState | None = None,
        description: RuleDescription | None = None,
        role_arn: RoleArn | None = None,
        tags: TagList | None = None,
        event_bus_name: EventBusNameOrArn | None = None,
    ) -> PutRuleResponse:
        raise NotImplementedError

    async def put_targets(
        self,
        context: RequestContext,
        *,
        rule: RuleName,
        targets: TargetList,
        event_bus_name: EventBusNameOrArn | None = None,
    ) -> PutTargetsResponse:
        raise NotImplementedError

    async def remove_permission(
        self,
        context: RequestContext,
        *,
        statement_id: StatementId | None = None,
        remove_all_permissions: Boolean | None = None,
        event_bus_name: NonPartnerEventBusName | None = None,
    ) -> None:
        raise NotImplementedError

    async def remove_targets(
        self,
        context: RequestContext,
        *,
        rule: RuleName,
        ids: TargetIdList,
        event_bus_name: EventBusNameOrArn | None = None,
        force: Boolean | None = None,
    ) -> RemoveTargetsResponse:
        raise NotImplementedError

    async def start_replay(
        self,
        context: RequestContext,
        *,
        replay_name: ReplayName,
        event_source_arn: ArchiveArn,
        event_start_time: Timestamp,
        event_end_time: Timestamp,
        destination: ReplayDestination,
        description: ReplayDescription | None = None,
    ) -> StartReplayResponse:
        raise NotImplementedError

    async def tag_resource(
        self, context: RequestContext, *, resource_arn: Arn, tags: TagList
    ) -> TagResourceResponse:
        raise NotImplementedError

    async def test_event_pattern(
        self, context: RequestContext, *, event_pattern: EventPattern, event: String
    ) -> TestEventPatternResponse:
        raise NotImplementedError

    async def untag_resource(
        self, context: RequestContext, *, resource_arn: Arn, tag_keys: TagKeyList
    ) -> UntagResourceResponse:
        raise NotImplementedError

    async def update_api_destination(
        self,
        context: RequestContext,
        *,
        name: ApiDestinationName,
        description: ApiDestinationDescription | None = None,
        connection_arn: ConnectionArn | None = None,
        invocation_endpoint: HttpsEndpoint | None = None,
        http_method: ApiDestinationHttpMethod | None = None,
        invocation_rate_limit_per_second: ApiDestinationInvocationRateLimitPerSecond | None = None,
    ) -> UpdateApiDestinationResponse:
        raise NotImplementedError

    async def update_archive(
        self,
        context: RequestContext,
        *,
        archive_name: ArchiveName,
        description: ArchiveDescription | None = None,
        event_pattern: EventPattern | None = None,
        retention_days: RetentionDays | None = None,
        kms_key_identifier: KmsKeyIdentifier | None = None,
    ) -> UpdateArchiveResponse:
        raise NotImplementedError

    async def update_connection(
        self,
        context: RequestContext,
        *,
        name: ConnectionName,
        description: ConnectionDescription | None = None,
        authorization_type: ConnectionAuthorizationType | None = None,
        auth_parameters: UpdateConnectionAuthRequestParameters | None = None,
        invocation_connectivity_parameters: ConnectivityResourceParameters | None = None,
        kms_key_identifier: KmsKeyIdentifier | None = None,
    ) -> UpdateConnectionResponse:
        raise NotImplementedError

    async def update_endpoint(
        self,
        context: RequestContext,
        *,
        name: EndpointName,
        description: EndpointDescription | None = None,
        routing_config: RoutingConfig | None = None,
        replication_config: ReplicationConfig | None = None,
        event_buses: EndpointEventBusList | None = None,
        role_arn: IamRoleArn | None = None,
    ) -> UpdateEndpointResponse:
        raise NotImplementedError

    async def update_event_bus(
        self,
        context: RequestContext,
        *,
        name: EventBusName | None = None,
        kms_key_identifier: KmsKeyIdentifier | None = None,
        description: EventBusDescription | None = None,
        dead_letter_config: DeadLetterConfig | None = None,
        log_config: LogConfig | None = None,
    ) -> UpdateEventBusResponse:
        raise NotImplementedError
