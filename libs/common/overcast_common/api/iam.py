# Generated from botocore 1.43.11's iam model (API 2010-05-08).
# Do not edit: regenerate with `python -m overcast_common.codegen iam`.
"""Typed API of AWS Identity and Access Management: shapes, errors and ``IamApi``."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar, Final, NotRequired, TypedDict

from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.service import OperationSpec, ServiceApi

AccessAdvisorUsageGranularityType = str
ActionNameType = str
BootstrapDatum = bytes
CertificationKeyType = str
CertificationValueType = str
ColumnNumber = int
ConcurrentModificationMessage = str
ContextKeyNameType = str
ContextKeyTypeEnum = str
ContextKeyValueType = str
DeletionTaskIdType = str
DeletionTaskStatusType = str
EntityType = str
EvalDecisionSourceType = str
FeatureDisabledMessage = str
FeatureEnabledMessage = str
FeatureType = str
LineNumber = int
OpenIDConnectProviderUrlType = str
OrganizationIdType = str
PermissionsBoundaryAttachmentType = str
PolicyEvaluationDecisionType = str
PolicyIdentifierType = str
PolicyParameterTypeEnum = str
PolicySourceType = str
PolicyUsageType = str
ReasonType = str
RegionNameType = str
ReportContentType = bytes
ReportFormatType = str
ReportStateDescriptionType = str
ReportStateType = str
ResourceHandlingOptionType = str
ResourceNameType = str
SAMLMetadataDocumentType = str
SAMLProviderNameType = str
accessKeyIdType = str
accessKeySecretType = str
accountAliasType = str
accountIdType = str
allUsers = bool
arnType = str
assertionEncryptionModeType = str
assignmentStatusType = str
attachmentCountType = int
authenticationCodeType = str
booleanObjectType = bool
booleanType = bool
certificateBodyType = str
certificateChainType = str
certificateIdType = str
clientIDType = str
consoleDeepLinkType = str
credentialAgeDays = int
credentialReportExpiredExceptionMessage = str
credentialReportNotPresentExceptionMessage = str
credentialReportNotReadyExceptionMessage = str
customSuffixType = str
dateType = datetime
delegationRequestDescriptionType = str
delegationRequestIdType = str
deleteConflictMessage = str
duplicateCertificateMessage = str
duplicateSSHPublicKeyMessage = str
encodingType = str
entityAlreadyExistsMessage = str
entityNameType = str
entityTemporarilyUnmodifiableMessage = str
existingUserNameType = str
globalEndpointTokenVersion = str
groupNameType = str
idType = str
instanceProfileNameType = str
integerType = int
invalidAuthenticationCodeMessage = str
invalidCertificateMessage = str
invalidInputMessage = str
invalidPublicKeyMessage = str
invalidUserTypeMessage = str
jobIDType = str
jobStatusType = str
keyPairMismatchMessage = str
limitExceededMessage = str
localeType = str
malformedCertificateMessage = str
malformedPolicyDocumentMessage = str
markerType = str
maxItemsType = int
maxPasswordAgeType = int
minimumPasswordLengthType = int
noSuchEntityMessage = str
notesType = str
notificationChannelType = str
openIdIdpCommunicationErrorExceptionMessage = str
organizationsEntityPathType = str
organizationsPolicyIdType = str
ownerIdType = str
passwordPolicyViolationMessage = str
passwordReusePreventionType = int
passwordType = str
pathPrefixType = str
pathType = str
permissionCheckResultType = str
permissionCheckStatusType = str
permissionType = str
policyDescriptionType = str
policyDocumentType = str
policyEvaluationErrorMessage = str
policyNameType = str
policyNotAttachableMessage = str
policyOwnerEntityType = str
policyParameterNameType = str
policyParameterValueType = str
policyPathType = str
policyScopeType = str
policyType = str
policyVersionIdType = str
privateKeyIdType = str
privateKeyType = str
publicKeyFingerprintType = str
publicKeyIdType = str
publicKeyMaterialType = str
redirectUrlType = str
reportGenerationLimitExceededMessage = str
requestMessageType = str
requestorNameType = str
requestorWorkflowIdType = str
responseMarkerType = str
roleDescriptionType = str
roleMaxSessionDurationType = int
roleNameType = str
serialNumberType = str
serverCertificateNameType = str
serviceCredentialAlias = str
serviceCredentialSecret = str
serviceFailureExceptionMessage = str
serviceName = str
serviceNameType = str
serviceNamespaceType = str
serviceNotSupportedMessage = str
servicePassword = str
serviceSpecificCredentialId = str
serviceUserName = str
sessionDurationType = int
sortKeyType = str
stateType = str
statusType = str
stringType = str
summaryContentType = str
summaryKeyType = str
summaryStateType = str
summaryValueType = int
tagKeyType = str
tagValueType = str
thumbprintType = str
unmodifiableEntityMessage = str
unrecognizedPublicKeyEncodingMessage = str
userNameType = str
virtualMFADeviceName = str


class AccessAdvisorUsageGranularityTypeValues:
    SERVICE_LEVEL: Final = "SERVICE_LEVEL"
    ACTION_LEVEL: Final = "ACTION_LEVEL"


class ContextKeyTypeEnumValues:
    string: Final = "string"
    stringList: Final = "stringList"
    numeric: Final = "numeric"
    numericList: Final = "numericList"
    boolean: Final = "boolean"
    booleanList: Final = "booleanList"
    ip: Final = "ip"
    ipList: Final = "ipList"
    binary: Final = "binary"
    binaryList: Final = "binaryList"
    date: Final = "date"
    dateList: Final = "dateList"


class DeletionTaskStatusTypeValues:
    SUCCEEDED: Final = "SUCCEEDED"
    IN_PROGRESS: Final = "IN_PROGRESS"
    FAILED: Final = "FAILED"
    NOT_STARTED: Final = "NOT_STARTED"


class EntityTypeValues:
    User: Final = "User"
    Role: Final = "Role"
    Group: Final = "Group"
    LocalManagedPolicy: Final = "LocalManagedPolicy"
    AWSManagedPolicy: Final = "AWSManagedPolicy"


class FeatureTypeValues:
    RootCredentialsManagement: Final = "RootCredentialsManagement"
    RootSessions: Final = "RootSessions"


class PermissionsBoundaryAttachmentTypeValues:
    PermissionsBoundaryPolicy: Final = "PermissionsBoundaryPolicy"


class PolicyEvaluationDecisionTypeValues:
    allowed: Final = "allowed"
    explicitDeny: Final = "explicitDeny"
    implicitDeny: Final = "implicitDeny"


class PolicyParameterTypeEnumValues:
    string: Final = "string"
    stringList: Final = "stringList"


class PolicySourceTypeValues:
    user: Final = "user"
    group: Final = "group"
    role: Final = "role"
    aws_managed: Final = "aws-managed"
    user_managed: Final = "user-managed"
    resource: Final = "resource"
    none: Final = "none"


class PolicyUsageTypeValues:
    PermissionsPolicy: Final = "PermissionsPolicy"
    PermissionsBoundary: Final = "PermissionsBoundary"


class ReportFormatTypeValues:
    text_csv: Final = "text/csv"


class ReportStateTypeValues:
    STARTED: Final = "STARTED"
    INPROGRESS: Final = "INPROGRESS"
    COMPLETE: Final = "COMPLETE"


class assertionEncryptionModeTypeValues:
    Required: Final = "Required"
    Allowed: Final = "Allowed"


class assignmentStatusTypeValues:
    Assigned: Final = "Assigned"
    Unassigned: Final = "Unassigned"
    Any: Final = "Any"


class encodingTypeValues:
    SSH: Final = "SSH"
    PEM: Final = "PEM"


class globalEndpointTokenVersionValues:
    v1Token: Final = "v1Token"
    v2Token: Final = "v2Token"


class jobStatusTypeValues:
    IN_PROGRESS: Final = "IN_PROGRESS"
    COMPLETED: Final = "COMPLETED"
    FAILED: Final = "FAILED"


class permissionCheckResultTypeValues:
    ALLOWED: Final = "ALLOWED"
    DENIED: Final = "DENIED"
    UNSURE: Final = "UNSURE"


class permissionCheckStatusTypeValues:
    COMPLETE: Final = "COMPLETE"
    IN_PROGRESS: Final = "IN_PROGRESS"
    FAILED: Final = "FAILED"


class policyOwnerEntityTypeValues:
    USER: Final = "USER"
    ROLE: Final = "ROLE"
    GROUP: Final = "GROUP"


class policyScopeTypeValues:
    All: Final = "All"
    AWS: Final = "AWS"
    Local: Final = "Local"


class policyTypeValues:
    INLINE: Final = "INLINE"
    MANAGED: Final = "MANAGED"


class sortKeyTypeValues:
    SERVICE_NAMESPACE_ASCENDING: Final = "SERVICE_NAMESPACE_ASCENDING"
    SERVICE_NAMESPACE_DESCENDING: Final = "SERVICE_NAMESPACE_DESCENDING"
    LAST_AUTHENTICATED_TIME_ASCENDING: Final = "LAST_AUTHENTICATED_TIME_ASCENDING"
    LAST_AUTHENTICATED_TIME_DESCENDING: Final = "LAST_AUTHENTICATED_TIME_DESCENDING"


class stateTypeValues:
    UNASSIGNED: Final = "UNASSIGNED"
    ASSIGNED: Final = "ASSIGNED"
    PENDING_APPROVAL: Final = "PENDING_APPROVAL"
    FINALIZED: Final = "FINALIZED"
    ACCEPTED: Final = "ACCEPTED"
    REJECTED: Final = "REJECTED"
    EXPIRED: Final = "EXPIRED"


class statusTypeValues:
    Active: Final = "Active"
    Inactive: Final = "Inactive"
    Expired: Final = "Expired"


class summaryKeyTypeValues:
    Users: Final = "Users"
    UsersQuota: Final = "UsersQuota"
    Groups: Final = "Groups"
    GroupsQuota: Final = "GroupsQuota"
    ServerCertificates: Final = "ServerCertificates"
    ServerCertificatesQuota: Final = "ServerCertificatesQuota"
    UserPolicySizeQuota: Final = "UserPolicySizeQuota"
    GroupPolicySizeQuota: Final = "GroupPolicySizeQuota"
    GroupsPerUserQuota: Final = "GroupsPerUserQuota"
    SigningCertificatesPerUserQuota: Final = "SigningCertificatesPerUserQuota"
    AccessKeysPerUserQuota: Final = "AccessKeysPerUserQuota"
    MFADevices: Final = "MFADevices"
    MFADevicesInUse: Final = "MFADevicesInUse"
    AccountMFAEnabled: Final = "AccountMFAEnabled"
    AccountAccessKeysPresent: Final = "AccountAccessKeysPresent"
    AccountPasswordPresent: Final = "AccountPasswordPresent"
    AccountSigningCertificatesPresent: Final = "AccountSigningCertificatesPresent"
    AttachedPoliciesPerGroupQuota: Final = "AttachedPoliciesPerGroupQuota"
    AttachedPoliciesPerRoleQuota: Final = "AttachedPoliciesPerRoleQuota"
    AttachedPoliciesPerUserQuota: Final = "AttachedPoliciesPerUserQuota"
    Policies: Final = "Policies"
    PoliciesQuota: Final = "PoliciesQuota"
    PolicySizeQuota: Final = "PolicySizeQuota"
    PolicyVersionsInUse: Final = "PolicyVersionsInUse"
    PolicyVersionsInUseQuota: Final = "PolicyVersionsInUseQuota"
    VersionsPerPolicyQuota: Final = "VersionsPerPolicyQuota"
    GlobalEndpointTokenVersion: Final = "GlobalEndpointTokenVersion"
    AssumeRolePolicySizeQuota: Final = "AssumeRolePolicySizeQuota"
    InstanceProfiles: Final = "InstanceProfiles"
    InstanceProfilesQuota: Final = "InstanceProfilesQuota"
    Providers: Final = "Providers"
    RolePolicySizeQuota: Final = "RolePolicySizeQuota"
    Roles: Final = "Roles"
    RolesQuota: Final = "RolesQuota"


class summaryStateTypeValues:
    AVAILABLE: Final = "AVAILABLE"
    NOT_AVAILABLE: Final = "NOT_AVAILABLE"
    NOT_SUPPORTED: Final = "NOT_SUPPORTED"
    FAILED: Final = "FAILED"


class AcceptDelegationRequestRequest(TypedDict):
    DelegationRequestId: delegationRequestIdType


class AccessDetail(TypedDict):
    ServiceName: serviceNameType
    ServiceNamespace: serviceNamespaceType
    Region: NotRequired[stringType]
    EntityPath: NotRequired[organizationsEntityPathType]
    LastAuthenticatedTime: NotRequired[dateType]
    TotalAuthenticatedEntities: NotRequired[integerType]


class AccessKey(TypedDict):
    UserName: userNameType
    AccessKeyId: accessKeyIdType
    Status: statusType
    SecretAccessKey: accessKeySecretType
    CreateDate: NotRequired[dateType]


class AccessKeyLastUsed(TypedDict):
    LastUsedDate: NotRequired[dateType]
    ServiceName: stringType
    Region: stringType


class AccessKeyMetadata(TypedDict):
    UserName: NotRequired[userNameType]
    AccessKeyId: NotRequired[accessKeyIdType]
    Status: NotRequired[statusType]
    CreateDate: NotRequired[dateType]


class AddClientIDToOpenIDConnectProviderRequest(TypedDict):
    OpenIDConnectProviderArn: arnType
    ClientID: clientIDType


class AddRoleToInstanceProfileRequest(TypedDict):
    InstanceProfileName: instanceProfileNameType
    RoleName: roleNameType


class AddUserToGroupRequest(TypedDict):
    GroupName: groupNameType
    UserName: existingUserNameType


class AssociateDelegationRequestRequest(TypedDict):
    DelegationRequestId: delegationRequestIdType


class AttachGroupPolicyRequest(TypedDict):
    GroupName: groupNameType
    PolicyArn: arnType


class AttachRolePolicyRequest(TypedDict):
    RoleName: roleNameType
    PolicyArn: arnType


class AttachUserPolicyRequest(TypedDict):
    UserName: userNameType
    PolicyArn: arnType


class AttachedPermissionsBoundary(TypedDict):
    PermissionsBoundaryType: NotRequired[PermissionsBoundaryAttachmentType]
    PermissionsBoundaryArn: NotRequired[arnType]


class AttachedPolicy(TypedDict):
    PolicyName: NotRequired[policyNameType]
    PolicyArn: NotRequired[arnType]


class ChangePasswordRequest(TypedDict):
    OldPassword: passwordType
    NewPassword: passwordType


class ContextEntry(TypedDict):
    ContextKeyName: NotRequired[ContextKeyNameType]
    ContextKeyValues: NotRequired[ContextKeyValueListType]
    ContextKeyType: NotRequired[ContextKeyTypeEnum]


class CreateAccessKeyRequest(TypedDict):
    UserName: NotRequired[existingUserNameType]


class CreateAccessKeyResponse(TypedDict):
    AccessKey: AccessKey


class CreateAccountAliasRequest(TypedDict):
    AccountAlias: accountAliasType


class CreateDelegationRequestRequest(TypedDict):
    OwnerAccountId: NotRequired[accountIdType]
    Description: delegationRequestDescriptionType
    Permissions: DelegationPermission
    RequestMessage: NotRequired[requestMessageType]
    RequestorWorkflowId: requestorWorkflowIdType
    RedirectUrl: NotRequired[redirectUrlType]
    NotificationChannel: notificationChannelType
    SessionDuration: sessionDurationType
    OnlySendByOwner: NotRequired[booleanType]


class CreateDelegationRequestResponse(TypedDict):
    ConsoleDeepLink: NotRequired[consoleDeepLinkType]
    DelegationRequestId: NotRequired[delegationRequestIdType]


class CreateGroupRequest(TypedDict):
    Path: NotRequired[pathType]
    GroupName: groupNameType


class CreateGroupResponse(TypedDict):
    Group: Group


class CreateInstanceProfileRequest(TypedDict):
    InstanceProfileName: instanceProfileNameType
    Path: NotRequired[pathType]
    Tags: NotRequired[tagListType]


class CreateInstanceProfileResponse(TypedDict):
    InstanceProfile: InstanceProfile


class CreateLoginProfileRequest(TypedDict):
    UserName: NotRequired[userNameType]
    Password: NotRequired[passwordType]
    PasswordResetRequired: NotRequired[booleanType]


class CreateLoginProfileResponse(TypedDict):
    LoginProfile: LoginProfile


class CreateOpenIDConnectProviderRequest(TypedDict):
    Url: OpenIDConnectProviderUrlType
    ClientIDList: NotRequired[clientIDListType]
    ThumbprintList: NotRequired[thumbprintListType]
    Tags: NotRequired[tagListType]


class CreateOpenIDConnectProviderResponse(TypedDict):
    OpenIDConnectProviderArn: NotRequired[arnType]
    Tags: NotRequired[tagListType]


class CreatePolicyRequest(TypedDict):
    PolicyName: policyNameType
    Path: NotRequired[policyPathType]
    PolicyDocument: policyDocumentType
    Description: NotRequired[policyDescriptionType]
    Tags: NotRequired[tagListType]


class CreatePolicyResponse(TypedDict):
    Policy: NotRequired[Policy]


class CreatePolicyVersionRequest(TypedDict):
    PolicyArn: arnType
    PolicyDocument: policyDocumentType
    SetAsDefault: NotRequired[booleanType]


class CreatePolicyVersionResponse(TypedDict):
    PolicyVersion: NotRequired[PolicyVersion]


class CreateRoleRequest(TypedDict):
    Path: NotRequired[pathType]
    RoleName: roleNameType
    AssumeRolePolicyDocument: policyDocumentType
    Description: NotRequired[roleDescriptionType]
    MaxSessionDuration: NotRequired[roleMaxSessionDurationType]
    PermissionsBoundary: NotRequired[arnType]
    Tags: NotRequired[tagListType]


class CreateRoleResponse(TypedDict):
    Role: Role


class CreateSAMLProviderRequest(TypedDict):
    SAMLMetadataDocument: SAMLMetadataDocumentType
    Name: SAMLProviderNameType
    Tags: NotRequired[tagListType]
    AssertionEncryptionMode: NotRequired[assertionEncryptionModeType]
    AddPrivateKey: NotRequired[privateKeyType]


class CreateSAMLProviderResponse(TypedDict):
    SAMLProviderArn: NotRequired[arnType]
    Tags: NotRequired[tagListType]


class CreateServiceLinkedRoleRequest(TypedDict):
    AWSServiceName: groupNameType
    Description: NotRequired[roleDescriptionType]
    CustomSuffix: NotRequired[customSuffixType]


class CreateServiceLinkedRoleResponse(TypedDict):
    Role: NotRequired[Role]


class CreateServiceSpecificCredentialRequest(TypedDict):
    UserName: userNameType
    ServiceName: serviceName
    CredentialAgeDays: NotRequired[credentialAgeDays]


class CreateServiceSpecificCredentialResponse(TypedDict):
    ServiceSpecificCredential: NotRequired[ServiceSpecificCredential]


class CreateUserRequest(TypedDict):
    Path: NotRequired[pathType]
    UserName: userNameType
    PermissionsBoundary: NotRequired[arnType]
    Tags: NotRequired[tagListType]


class CreateUserResponse(TypedDict):
    User: NotRequired[User]


class CreateVirtualMFADeviceRequest(TypedDict):
    Path: NotRequired[pathType]
    VirtualMFADeviceName: virtualMFADeviceName
    Tags: NotRequired[tagListType]


class CreateVirtualMFADeviceResponse(TypedDict):
    VirtualMFADevice: VirtualMFADevice


class DeactivateMFADeviceRequest(TypedDict):
    UserName: NotRequired[existingUserNameType]
    SerialNumber: serialNumberType


class DelegationPermission(TypedDict):
    PolicyTemplateArn: NotRequired[arnType]
    Parameters: NotRequired[policyParameterListType]


class DelegationRequest(TypedDict):
    DelegationRequestId: NotRequired[delegationRequestIdType]
    OwnerAccountId: NotRequired[accountIdType]
    Description: NotRequired[delegationRequestDescriptionType]
    RequestMessage: NotRequired[requestMessageType]
    Permissions: NotRequired[DelegationPermission]
    PermissionPolicy: NotRequired[permissionType]
    RolePermissionRestrictionArns: NotRequired[rolePermissionRestrictionArnListType]
    OwnerId: NotRequired[ownerIdType]
    ApproverId: NotRequired[arnType]
    State: NotRequired[stateType]
    ExpirationTime: NotRequired[dateType]
    RequestorId: NotRequired[accountIdType]
    RequestorName: NotRequired[requestorNameType]
    CreateDate: NotRequired[dateType]
    SessionDuration: NotRequired[sessionDurationType]
    RedirectUrl: NotRequired[redirectUrlType]
    Notes: NotRequired[notesType]
    RejectionReason: NotRequired[notesType]
    OnlySendByOwner: NotRequired[booleanType]
    UpdatedTime: NotRequired[dateType]


class DeleteAccessKeyRequest(TypedDict):
    UserName: NotRequired[existingUserNameType]
    AccessKeyId: accessKeyIdType


class DeleteAccountAliasRequest(TypedDict):
    AccountAlias: accountAliasType


class DeleteGroupPolicyRequest(TypedDict):
    GroupName: groupNameType
    PolicyName: policyNameType


class DeleteGroupRequest(TypedDict):
    GroupName: groupNameType


class DeleteInstanceProfileRequest(TypedDict):
    InstanceProfileName: instanceProfileNameType


class DeleteLoginProfileRequest(TypedDict):
    UserName: NotRequired[userNameType]


class DeleteOpenIDConnectProviderRequest(TypedDict):
    OpenIDConnectProviderArn: arnType


class DeletePolicyRequest(TypedDict):
    PolicyArn: arnType


class DeletePolicyVersionRequest(TypedDict):
    PolicyArn: arnType
    VersionId: policyVersionIdType


class DeleteRolePermissionsBoundaryRequest(TypedDict):
    RoleName: roleNameType


class DeleteRolePolicyRequest(TypedDict):
    RoleName: roleNameType
    PolicyName: policyNameType


class DeleteRoleRequest(TypedDict):
    RoleName: roleNameType


class DeleteSAMLProviderRequest(TypedDict):
    SAMLProviderArn: arnType


class DeleteSSHPublicKeyRequest(TypedDict):
    UserName: userNameType
    SSHPublicKeyId: publicKeyIdType


class DeleteServerCertificateRequest(TypedDict):
    ServerCertificateName: serverCertificateNameType


class DeleteServiceLinkedRoleRequest(TypedDict):
    RoleName: roleNameType


class DeleteServiceLinkedRoleResponse(TypedDict):
    DeletionTaskId: DeletionTaskIdType


class DeleteServiceSpecificCredentialRequest(TypedDict):
    UserName: NotRequired[userNameType]
    ServiceSpecificCredentialId: serviceSpecificCredentialId


class DeleteSigningCertificateRequest(TypedDict):
    UserName: NotRequired[existingUserNameType]
    CertificateId: certificateIdType


class DeleteUserPermissionsBoundaryRequest(TypedDict):
    UserName: userNameType


class DeleteUserPolicyRequest(TypedDict):
    UserName: existingUserNameType
    PolicyName: policyNameType


class DeleteUserRequest(TypedDict):
    UserName: existingUserNameType


class DeleteVirtualMFADeviceRequest(TypedDict):
    SerialNumber: serialNumberType


class DeletionTaskFailureReasonType(TypedDict):
    Reason: NotRequired[ReasonType]
    RoleUsageList: NotRequired[RoleUsageListType]


class DetachGroupPolicyRequest(TypedDict):
    GroupName: groupNameType
    PolicyArn: arnType


class DetachRolePolicyRequest(TypedDict):
    RoleName: roleNameType
    PolicyArn: arnType


class DetachUserPolicyRequest(TypedDict):
    UserName: userNameType
    PolicyArn: arnType


class DisableOrganizationsRootCredentialsManagementRequest(TypedDict):
    pass


class DisableOrganizationsRootCredentialsManagementResponse(TypedDict):
    OrganizationId: NotRequired[OrganizationIdType]
    EnabledFeatures: NotRequired[FeaturesListType]


class DisableOrganizationsRootSessionsRequest(TypedDict):
    pass


class DisableOrganizationsRootSessionsResponse(TypedDict):
    OrganizationId: NotRequired[OrganizationIdType]
    EnabledFeatures: NotRequired[FeaturesListType]


class EnableMFADeviceRequest(TypedDict):
    UserName: existingUserNameType
    SerialNumber: serialNumberType
    AuthenticationCode1: authenticationCodeType
    AuthenticationCode2: authenticationCodeType


class EnableOrganizationsRootCredentialsManagementRequest(TypedDict):
    pass


class EnableOrganizationsRootCredentialsManagementResponse(TypedDict):
    OrganizationId: NotRequired[OrganizationIdType]
    EnabledFeatures: NotRequired[FeaturesListType]


class EnableOrganizationsRootSessionsRequest(TypedDict):
    pass


class EnableOrganizationsRootSessionsResponse(TypedDict):
    OrganizationId: NotRequired[OrganizationIdType]
    EnabledFeatures: NotRequired[FeaturesListType]


class EnableOutboundWebIdentityFederationResponse(TypedDict):
    IssuerIdentifier: NotRequired[stringType]


class EntityDetails(TypedDict):
    EntityInfo: EntityInfo
    LastAuthenticated: NotRequired[dateType]


class EntityInfo(TypedDict):
    Arn: arnType
    Name: userNameType
    Type: policyOwnerEntityType
    Id: idType
    Path: NotRequired[pathType]


class ErrorDetails(TypedDict):
    Message: stringType
    Code: stringType


class EvaluationResult(TypedDict):
    EvalActionName: ActionNameType
    EvalResourceName: NotRequired[ResourceNameType]
    EvalDecision: PolicyEvaluationDecisionType
    MatchedStatements: NotRequired[StatementListType]
    MissingContextValues: NotRequired[ContextKeyNamesResultListType]
    OrganizationsDecisionDetail: NotRequired[OrganizationsDecisionDetail]
    PermissionsBoundaryDecisionDetail: NotRequired[PermissionsBoundaryDecisionDetail]
    EvalDecisionDetails: NotRequired[EvalDecisionDetailsType]
    ResourceSpecificResults: NotRequired[ResourceSpecificResultListType]


class GenerateCredentialReportResponse(TypedDict):
    State: NotRequired[ReportStateType]
    Description: NotRequired[ReportStateDescriptionType]


class GenerateOrganizationsAccessReportRequest(TypedDict):
    EntityPath: organizationsEntityPathType
    OrganizationsPolicyId: NotRequired[organizationsPolicyIdType]


class GenerateOrganizationsAccessReportResponse(TypedDict):
    JobId: NotRequired[jobIDType]


class GenerateServiceLastAccessedDetailsRequest(TypedDict):
    Arn: arnType
    Granularity: NotRequired[AccessAdvisorUsageGranularityType]


class GenerateServiceLastAccessedDetailsResponse(TypedDict):
    JobId: NotRequired[jobIDType]


class GetAccessKeyLastUsedRequest(TypedDict):
    AccessKeyId: accessKeyIdType


class GetAccessKeyLastUsedResponse(TypedDict):
    UserName: NotRequired[existingUserNameType]
    AccessKeyLastUsed: NotRequired[AccessKeyLastUsed]


class GetAccountAuthorizationDetailsRequest(TypedDict):
    Filter: NotRequired[entityListType]
    MaxItems: NotRequired[maxItemsType]
    Marker: NotRequired[markerType]


class GetAccountAuthorizationDetailsResponse(TypedDict):
    UserDetailList: NotRequired[userDetailListType]
    GroupDetailList: NotRequired[groupDetailListType]
    RoleDetailList: NotRequired[roleDetailListType]
    Policies: NotRequired[ManagedPolicyDetailListType]
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class GetAccountPasswordPolicyResponse(TypedDict):
    PasswordPolicy: PasswordPolicy


class GetAccountSummaryResponse(TypedDict):
    SummaryMap: NotRequired[summaryMapType]


class GetContextKeysForCustomPolicyRequest(TypedDict):
    PolicyInputList: SimulationPolicyListType


class GetContextKeysForPolicyResponse(TypedDict):
    ContextKeyNames: NotRequired[ContextKeyNamesResultListType]


class GetContextKeysForPrincipalPolicyRequest(TypedDict):
    PolicySourceArn: arnType
    PolicyInputList: NotRequired[SimulationPolicyListType]


class GetCredentialReportResponse(TypedDict):
    Content: NotRequired[ReportContentType]
    ReportFormat: NotRequired[ReportFormatType]
    GeneratedTime: NotRequired[dateType]


class GetDelegationRequestRequest(TypedDict):
    DelegationRequestId: delegationRequestIdType
    DelegationPermissionCheck: NotRequired[booleanType]


class GetDelegationRequestResponse(TypedDict):
    DelegationRequest: NotRequired[DelegationRequest]
    PermissionCheckStatus: NotRequired[permissionCheckStatusType]
    PermissionCheckResult: NotRequired[permissionCheckResultType]


class GetGroupPolicyRequest(TypedDict):
    GroupName: groupNameType
    PolicyName: policyNameType


class GetGroupPolicyResponse(TypedDict):
    GroupName: groupNameType
    PolicyName: policyNameType
    PolicyDocument: policyDocumentType


class GetGroupRequest(TypedDict):
    GroupName: groupNameType
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class GetGroupResponse(TypedDict):
    Group: Group
    Users: userListType
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class GetHumanReadableSummaryRequest(TypedDict):
    EntityArn: arnType
    Locale: NotRequired[localeType]


class GetHumanReadableSummaryResponse(TypedDict):
    SummaryContent: NotRequired[summaryContentType]
    Locale: NotRequired[localeType]
    SummaryState: NotRequired[summaryStateType]


class GetInstanceProfileRequest(TypedDict):
    InstanceProfileName: instanceProfileNameType


class GetInstanceProfileResponse(TypedDict):
    InstanceProfile: InstanceProfile


class GetLoginProfileRequest(TypedDict):
    UserName: NotRequired[userNameType]


class GetLoginProfileResponse(TypedDict):
    LoginProfile: LoginProfile


class GetMFADeviceRequest(TypedDict):
    SerialNumber: serialNumberType
    UserName: NotRequired[userNameType]


class GetMFADeviceResponse(TypedDict):
    UserName: NotRequired[userNameType]
    SerialNumber: serialNumberType
    EnableDate: NotRequired[dateType]
    Certifications: NotRequired[CertificationMapType]


class GetOpenIDConnectProviderRequest(TypedDict):
    OpenIDConnectProviderArn: arnType


class GetOpenIDConnectProviderResponse(TypedDict):
    Url: NotRequired[OpenIDConnectProviderUrlType]
    ClientIDList: NotRequired[clientIDListType]
    ThumbprintList: NotRequired[thumbprintListType]
    CreateDate: NotRequired[dateType]
    Tags: NotRequired[tagListType]


class GetOrganizationsAccessReportRequest(TypedDict):
    JobId: jobIDType
    MaxItems: NotRequired[maxItemsType]
    Marker: NotRequired[markerType]
    SortKey: NotRequired[sortKeyType]


class GetOrganizationsAccessReportResponse(TypedDict):
    JobStatus: jobStatusType
    JobCreationDate: dateType
    JobCompletionDate: NotRequired[dateType]
    NumberOfServicesAccessible: NotRequired[integerType]
    NumberOfServicesNotAccessed: NotRequired[integerType]
    AccessDetails: NotRequired[AccessDetails]
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[markerType]
    ErrorDetails: NotRequired[ErrorDetails]


class GetOutboundWebIdentityFederationInfoResponse(TypedDict):
    IssuerIdentifier: NotRequired[stringType]
    JwtVendingEnabled: NotRequired[booleanType]


class GetPolicyRequest(TypedDict):
    PolicyArn: arnType


class GetPolicyResponse(TypedDict):
    Policy: NotRequired[Policy]


class GetPolicyVersionRequest(TypedDict):
    PolicyArn: arnType
    VersionId: policyVersionIdType


class GetPolicyVersionResponse(TypedDict):
    PolicyVersion: NotRequired[PolicyVersion]


class GetRolePolicyRequest(TypedDict):
    RoleName: roleNameType
    PolicyName: policyNameType


class GetRolePolicyResponse(TypedDict):
    RoleName: roleNameType
    PolicyName: policyNameType
    PolicyDocument: policyDocumentType


class GetRoleRequest(TypedDict):
    RoleName: roleNameType


class GetRoleResponse(TypedDict):
    Role: Role


class GetSAMLProviderRequest(TypedDict):
    SAMLProviderArn: arnType


class GetSAMLProviderResponse(TypedDict):
    SAMLProviderUUID: NotRequired[privateKeyIdType]
    SAMLMetadataDocument: NotRequired[SAMLMetadataDocumentType]
    CreateDate: NotRequired[dateType]
    ValidUntil: NotRequired[dateType]
    Tags: NotRequired[tagListType]
    AssertionEncryptionMode: NotRequired[assertionEncryptionModeType]
    PrivateKeyList: NotRequired[privateKeyList]


class GetSSHPublicKeyRequest(TypedDict):
    UserName: userNameType
    SSHPublicKeyId: publicKeyIdType
    Encoding: encodingType


class GetSSHPublicKeyResponse(TypedDict):
    SSHPublicKey: NotRequired[SSHPublicKey]


class GetServerCertificateRequest(TypedDict):
    ServerCertificateName: serverCertificateNameType


class GetServerCertificateResponse(TypedDict):
    ServerCertificate: ServerCertificate


class GetServiceLastAccessedDetailsRequest(TypedDict):
    JobId: jobIDType
    MaxItems: NotRequired[maxItemsType]
    Marker: NotRequired[markerType]


class GetServiceLastAccessedDetailsResponse(TypedDict):
    JobStatus: jobStatusType
    JobType: NotRequired[AccessAdvisorUsageGranularityType]
    JobCreationDate: dateType
    ServicesLastAccessed: ServicesLastAccessed
    JobCompletionDate: dateType
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]
    Error: NotRequired[ErrorDetails]


class GetServiceLastAccessedDetailsWithEntitiesRequest(TypedDict):
    JobId: jobIDType
    ServiceNamespace: serviceNamespaceType
    MaxItems: NotRequired[maxItemsType]
    Marker: NotRequired[markerType]


class GetServiceLastAccessedDetailsWithEntitiesResponse(TypedDict):
    JobStatus: jobStatusType
    JobCreationDate: dateType
    JobCompletionDate: dateType
    EntityDetailsList: entityDetailsListType
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]
    Error: NotRequired[ErrorDetails]


class GetServiceLinkedRoleDeletionStatusRequest(TypedDict):
    DeletionTaskId: DeletionTaskIdType


class GetServiceLinkedRoleDeletionStatusResponse(TypedDict):
    Status: DeletionTaskStatusType
    Reason: NotRequired[DeletionTaskFailureReasonType]


class GetUserPolicyRequest(TypedDict):
    UserName: existingUserNameType
    PolicyName: policyNameType


class GetUserPolicyResponse(TypedDict):
    UserName: existingUserNameType
    PolicyName: policyNameType
    PolicyDocument: policyDocumentType


class GetUserRequest(TypedDict):
    UserName: NotRequired[existingUserNameType]


class GetUserResponse(TypedDict):
    User: User


class Group(TypedDict):
    Path: pathType
    GroupName: groupNameType
    GroupId: idType
    Arn: arnType
    CreateDate: dateType


class GroupDetail(TypedDict):
    Path: NotRequired[pathType]
    GroupName: NotRequired[groupNameType]
    GroupId: NotRequired[idType]
    Arn: NotRequired[arnType]
    CreateDate: NotRequired[dateType]
    GroupPolicyList: NotRequired[policyDetailListType]
    AttachedManagedPolicies: NotRequired[attachedPoliciesListType]


class InstanceProfile(TypedDict):
    Path: pathType
    InstanceProfileName: instanceProfileNameType
    InstanceProfileId: idType
    Arn: arnType
    CreateDate: dateType
    Roles: roleListType
    Tags: NotRequired[tagListType]


class ListAccessKeysRequest(TypedDict):
    UserName: NotRequired[existingUserNameType]
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListAccessKeysResponse(TypedDict):
    AccessKeyMetadata: accessKeyMetadataListType
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListAccountAliasesRequest(TypedDict):
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListAccountAliasesResponse(TypedDict):
    AccountAliases: accountAliasListType
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListAttachedGroupPoliciesRequest(TypedDict):
    GroupName: groupNameType
    PathPrefix: NotRequired[policyPathType]
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListAttachedGroupPoliciesResponse(TypedDict):
    AttachedPolicies: NotRequired[attachedPoliciesListType]
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListAttachedRolePoliciesRequest(TypedDict):
    RoleName: roleNameType
    PathPrefix: NotRequired[policyPathType]
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListAttachedRolePoliciesResponse(TypedDict):
    AttachedPolicies: NotRequired[attachedPoliciesListType]
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListAttachedUserPoliciesRequest(TypedDict):
    UserName: userNameType
    PathPrefix: NotRequired[policyPathType]
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListAttachedUserPoliciesResponse(TypedDict):
    AttachedPolicies: NotRequired[attachedPoliciesListType]
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListDelegationRequestsRequest(TypedDict):
    OwnerId: NotRequired[ownerIdType]
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListDelegationRequestsResponse(TypedDict):
    DelegationRequests: NotRequired[delegationRequestsListType]
    Marker: NotRequired[markerType]
    isTruncated: NotRequired[booleanType]


class ListEntitiesForPolicyRequest(TypedDict):
    PolicyArn: arnType
    EntityFilter: NotRequired[EntityType]
    PathPrefix: NotRequired[pathType]
    PolicyUsageFilter: NotRequired[PolicyUsageType]
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListEntitiesForPolicyResponse(TypedDict):
    PolicyGroups: NotRequired[PolicyGroupListType]
    PolicyUsers: NotRequired[PolicyUserListType]
    PolicyRoles: NotRequired[PolicyRoleListType]
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListGroupPoliciesRequest(TypedDict):
    GroupName: groupNameType
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListGroupPoliciesResponse(TypedDict):
    PolicyNames: policyNameListType
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListGroupsForUserRequest(TypedDict):
    UserName: existingUserNameType
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListGroupsForUserResponse(TypedDict):
    Groups: groupListType
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListGroupsRequest(TypedDict):
    PathPrefix: NotRequired[pathPrefixType]
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListGroupsResponse(TypedDict):
    Groups: groupListType
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListInstanceProfileTagsRequest(TypedDict):
    InstanceProfileName: instanceProfileNameType
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListInstanceProfileTagsResponse(TypedDict):
    Tags: tagListType
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListInstanceProfilesForRoleRequest(TypedDict):
    RoleName: roleNameType
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListInstanceProfilesForRoleResponse(TypedDict):
    InstanceProfiles: instanceProfileListType
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListInstanceProfilesRequest(TypedDict):
    PathPrefix: NotRequired[pathPrefixType]
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListInstanceProfilesResponse(TypedDict):
    InstanceProfiles: instanceProfileListType
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListMFADeviceTagsRequest(TypedDict):
    SerialNumber: serialNumberType
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListMFADeviceTagsResponse(TypedDict):
    Tags: tagListType
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListMFADevicesRequest(TypedDict):
    UserName: NotRequired[existingUserNameType]
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListMFADevicesResponse(TypedDict):
    MFADevices: mfaDeviceListType
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListOpenIDConnectProviderTagsRequest(TypedDict):
    OpenIDConnectProviderArn: arnType
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListOpenIDConnectProviderTagsResponse(TypedDict):
    Tags: tagListType
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListOpenIDConnectProvidersRequest(TypedDict):
    pass


class ListOpenIDConnectProvidersResponse(TypedDict):
    OpenIDConnectProviderList: NotRequired[OpenIDConnectProviderListType]


class ListOrganizationsFeaturesRequest(TypedDict):
    pass


class ListOrganizationsFeaturesResponse(TypedDict):
    OrganizationId: NotRequired[OrganizationIdType]
    EnabledFeatures: NotRequired[FeaturesListType]


class ListPoliciesGrantingServiceAccessEntry(TypedDict):
    ServiceNamespace: NotRequired[serviceNamespaceType]
    Policies: NotRequired[policyGrantingServiceAccessListType]


class ListPoliciesGrantingServiceAccessRequest(TypedDict):
    Marker: NotRequired[markerType]
    Arn: arnType
    ServiceNamespaces: serviceNamespaceListType


class ListPoliciesGrantingServiceAccessResponse(TypedDict):
    PoliciesGrantingServiceAccess: listPolicyGrantingServiceAccessResponseListType
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListPoliciesRequest(TypedDict):
    Scope: NotRequired[policyScopeType]
    OnlyAttached: NotRequired[booleanType]
    PathPrefix: NotRequired[policyPathType]
    PolicyUsageFilter: NotRequired[PolicyUsageType]
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListPoliciesResponse(TypedDict):
    Policies: NotRequired[policyListType]
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListPolicyTagsRequest(TypedDict):
    PolicyArn: arnType
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListPolicyTagsResponse(TypedDict):
    Tags: tagListType
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListPolicyVersionsRequest(TypedDict):
    PolicyArn: arnType
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListPolicyVersionsResponse(TypedDict):
    Versions: NotRequired[policyDocumentVersionListType]
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListRolePoliciesRequest(TypedDict):
    RoleName: roleNameType
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListRolePoliciesResponse(TypedDict):
    PolicyNames: policyNameListType
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListRoleTagsRequest(TypedDict):
    RoleName: roleNameType
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListRoleTagsResponse(TypedDict):
    Tags: tagListType
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListRolesRequest(TypedDict):
    PathPrefix: NotRequired[pathPrefixType]
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListRolesResponse(TypedDict):
    Roles: roleListType
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListSAMLProviderTagsRequest(TypedDict):
    SAMLProviderArn: arnType
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListSAMLProviderTagsResponse(TypedDict):
    Tags: tagListType
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListSAMLProvidersRequest(TypedDict):
    pass


class ListSAMLProvidersResponse(TypedDict):
    SAMLProviderList: NotRequired[SAMLProviderListType]


class ListSSHPublicKeysRequest(TypedDict):
    UserName: NotRequired[userNameType]
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListSSHPublicKeysResponse(TypedDict):
    SSHPublicKeys: NotRequired[SSHPublicKeyListType]
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListServerCertificateTagsRequest(TypedDict):
    ServerCertificateName: serverCertificateNameType
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListServerCertificateTagsResponse(TypedDict):
    Tags: tagListType
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListServerCertificatesRequest(TypedDict):
    PathPrefix: NotRequired[pathPrefixType]
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListServerCertificatesResponse(TypedDict):
    ServerCertificateMetadataList: serverCertificateMetadataListType
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListServiceSpecificCredentialsRequest(TypedDict):
    UserName: NotRequired[userNameType]
    ServiceName: NotRequired[serviceName]
    AllUsers: NotRequired[allUsers]
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListServiceSpecificCredentialsResponse(TypedDict):
    ServiceSpecificCredentials: NotRequired[ServiceSpecificCredentialsListType]
    Marker: NotRequired[responseMarkerType]
    IsTruncated: NotRequired[booleanType]


class ListSigningCertificatesRequest(TypedDict):
    UserName: NotRequired[existingUserNameType]
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListSigningCertificatesResponse(TypedDict):
    Certificates: certificateListType
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListUserPoliciesRequest(TypedDict):
    UserName: existingUserNameType
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListUserPoliciesResponse(TypedDict):
    PolicyNames: policyNameListType
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListUserTagsRequest(TypedDict):
    UserName: existingUserNameType
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListUserTagsResponse(TypedDict):
    Tags: tagListType
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListUsersRequest(TypedDict):
    PathPrefix: NotRequired[pathPrefixType]
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListUsersResponse(TypedDict):
    Users: userListType
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class ListVirtualMFADevicesRequest(TypedDict):
    AssignmentStatus: NotRequired[assignmentStatusType]
    Marker: NotRequired[markerType]
    MaxItems: NotRequired[maxItemsType]


class ListVirtualMFADevicesResponse(TypedDict):
    VirtualMFADevices: virtualMFADeviceListType
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class LoginProfile(TypedDict):
    UserName: userNameType
    CreateDate: dateType
    PasswordResetRequired: NotRequired[booleanType]


class MFADevice(TypedDict):
    UserName: userNameType
    SerialNumber: serialNumberType
    EnableDate: dateType


class ManagedPolicyDetail(TypedDict):
    PolicyName: NotRequired[policyNameType]
    PolicyId: NotRequired[idType]
    Arn: NotRequired[arnType]
    Path: NotRequired[policyPathType]
    DefaultVersionId: NotRequired[policyVersionIdType]
    AttachmentCount: NotRequired[attachmentCountType]
    PermissionsBoundaryUsageCount: NotRequired[attachmentCountType]
    IsAttachable: NotRequired[booleanType]
    Description: NotRequired[policyDescriptionType]
    CreateDate: NotRequired[dateType]
    UpdateDate: NotRequired[dateType]
    PolicyVersionList: NotRequired[policyDocumentVersionListType]


class OpenIDConnectProviderListEntry(TypedDict):
    Arn: NotRequired[arnType]


class OrganizationsDecisionDetail(TypedDict):
    AllowedByOrganizations: NotRequired[booleanType]


class PasswordPolicy(TypedDict):
    MinimumPasswordLength: NotRequired[minimumPasswordLengthType]
    RequireSymbols: NotRequired[booleanType]
    RequireNumbers: NotRequired[booleanType]
    RequireUppercaseCharacters: NotRequired[booleanType]
    RequireLowercaseCharacters: NotRequired[booleanType]
    AllowUsersToChangePassword: NotRequired[booleanType]
    ExpirePasswords: NotRequired[booleanType]
    MaxPasswordAge: NotRequired[maxPasswordAgeType]
    PasswordReusePrevention: NotRequired[passwordReusePreventionType]
    HardExpiry: NotRequired[booleanObjectType]


class PermissionsBoundaryDecisionDetail(TypedDict):
    AllowedByPermissionsBoundary: NotRequired[booleanType]


class Policy(TypedDict):
    PolicyName: NotRequired[policyNameType]
    PolicyId: NotRequired[idType]
    Arn: NotRequired[arnType]
    Path: NotRequired[policyPathType]
    DefaultVersionId: NotRequired[policyVersionIdType]
    AttachmentCount: NotRequired[attachmentCountType]
    PermissionsBoundaryUsageCount: NotRequired[attachmentCountType]
    IsAttachable: NotRequired[booleanType]
    Description: NotRequired[policyDescriptionType]
    CreateDate: NotRequired[dateType]
    UpdateDate: NotRequired[dateType]
    Tags: NotRequired[tagListType]


class PolicyDetail(TypedDict):
    PolicyName: NotRequired[policyNameType]
    PolicyDocument: NotRequired[policyDocumentType]


class PolicyGrantingServiceAccess(TypedDict):
    PolicyName: policyNameType
    PolicyType: policyType
    PolicyArn: NotRequired[arnType]
    EntityType: NotRequired[policyOwnerEntityType]
    EntityName: NotRequired[entityNameType]


class PolicyGroup(TypedDict):
    GroupName: NotRequired[groupNameType]
    GroupId: NotRequired[idType]


class PolicyParameter(TypedDict):
    Name: NotRequired[policyParameterNameType]
    Values: NotRequired[policyParameterValuesListType]
    Type: NotRequired[PolicyParameterTypeEnum]


class PolicyRole(TypedDict):
    RoleName: NotRequired[roleNameType]
    RoleId: NotRequired[idType]


class PolicyUser(TypedDict):
    UserName: NotRequired[userNameType]
    UserId: NotRequired[idType]


class PolicyVersion(TypedDict):
    Document: NotRequired[policyDocumentType]
    VersionId: NotRequired[policyVersionIdType]
    IsDefaultVersion: NotRequired[booleanType]
    CreateDate: NotRequired[dateType]


class Position(TypedDict):
    Line: NotRequired[LineNumber]
    Column: NotRequired[ColumnNumber]


class PutGroupPolicyRequest(TypedDict):
    GroupName: groupNameType
    PolicyName: policyNameType
    PolicyDocument: policyDocumentType


class PutRolePermissionsBoundaryRequest(TypedDict):
    RoleName: roleNameType
    PermissionsBoundary: arnType


class PutRolePolicyRequest(TypedDict):
    RoleName: roleNameType
    PolicyName: policyNameType
    PolicyDocument: policyDocumentType


class PutUserPermissionsBoundaryRequest(TypedDict):
    UserName: userNameType
    PermissionsBoundary: arnType


class PutUserPolicyRequest(TypedDict):
    UserName: existingUserNameType
    PolicyName: policyNameType
    PolicyDocument: policyDocumentType


class RejectDelegationRequestRequest(TypedDict):
    DelegationRequestId: delegationRequestIdType
    Notes: NotRequired[notesType]


class RemoveClientIDFromOpenIDConnectProviderRequest(TypedDict):
    OpenIDConnectProviderArn: arnType
    ClientID: clientIDType


class RemoveRoleFromInstanceProfileRequest(TypedDict):
    InstanceProfileName: instanceProfileNameType
    RoleName: roleNameType


class RemoveUserFromGroupRequest(TypedDict):
    GroupName: groupNameType
    UserName: existingUserNameType


class ResetServiceSpecificCredentialRequest(TypedDict):
    UserName: NotRequired[userNameType]
    ServiceSpecificCredentialId: serviceSpecificCredentialId


class ResetServiceSpecificCredentialResponse(TypedDict):
    ServiceSpecificCredential: NotRequired[ServiceSpecificCredential]


class ResourceSpecificResult(TypedDict):
    EvalResourceName: ResourceNameType
    EvalResourceDecision: PolicyEvaluationDecisionType
    MatchedStatements: NotRequired[StatementListType]
    MissingContextValues: NotRequired[ContextKeyNamesResultListType]
    EvalDecisionDetails: NotRequired[EvalDecisionDetailsType]
    PermissionsBoundaryDecisionDetail: NotRequired[PermissionsBoundaryDecisionDetail]


class ResyncMFADeviceRequest(TypedDict):
    UserName: existingUserNameType
    SerialNumber: serialNumberType
    AuthenticationCode1: authenticationCodeType
    AuthenticationCode2: authenticationCodeType


class Role(TypedDict):
    Path: pathType
    RoleName: roleNameType
    RoleId: idType
    Arn: arnType
    CreateDate: dateType
    AssumeRolePolicyDocument: NotRequired[policyDocumentType]
    Description: NotRequired[roleDescriptionType]
    MaxSessionDuration: NotRequired[roleMaxSessionDurationType]
    PermissionsBoundary: NotRequired[AttachedPermissionsBoundary]
    Tags: NotRequired[tagListType]
    RoleLastUsed: NotRequired[RoleLastUsed]


class RoleDetail(TypedDict):
    Path: NotRequired[pathType]
    RoleName: NotRequired[roleNameType]
    RoleId: NotRequired[idType]
    Arn: NotRequired[arnType]
    CreateDate: NotRequired[dateType]
    AssumeRolePolicyDocument: NotRequired[policyDocumentType]
    InstanceProfileList: NotRequired[instanceProfileListType]
    RolePolicyList: NotRequired[policyDetailListType]
    AttachedManagedPolicies: NotRequired[attachedPoliciesListType]
    PermissionsBoundary: NotRequired[AttachedPermissionsBoundary]
    Tags: NotRequired[tagListType]
    RoleLastUsed: NotRequired[RoleLastUsed]


class RoleLastUsed(TypedDict):
    LastUsedDate: NotRequired[dateType]
    Region: NotRequired[stringType]


class RoleUsageType(TypedDict):
    Region: NotRequired[RegionNameType]
    Resources: NotRequired[ArnListType]


class SAMLPrivateKey(TypedDict):
    KeyId: NotRequired[privateKeyIdType]
    Timestamp: NotRequired[dateType]


class SAMLProviderListEntry(TypedDict):
    Arn: NotRequired[arnType]
    ValidUntil: NotRequired[dateType]
    CreateDate: NotRequired[dateType]


class SSHPublicKey(TypedDict):
    UserName: userNameType
    SSHPublicKeyId: publicKeyIdType
    Fingerprint: publicKeyFingerprintType
    SSHPublicKeyBody: publicKeyMaterialType
    Status: statusType
    UploadDate: NotRequired[dateType]


class SSHPublicKeyMetadata(TypedDict):
    UserName: userNameType
    SSHPublicKeyId: publicKeyIdType
    Status: statusType
    UploadDate: dateType


class SendDelegationTokenRequest(TypedDict):
    DelegationRequestId: delegationRequestIdType


class ServerCertificate(TypedDict):
    ServerCertificateMetadata: ServerCertificateMetadata
    CertificateBody: certificateBodyType
    CertificateChain: NotRequired[certificateChainType]
    Tags: NotRequired[tagListType]


class ServerCertificateMetadata(TypedDict):
    Path: pathType
    ServerCertificateName: serverCertificateNameType
    ServerCertificateId: idType
    Arn: arnType
    UploadDate: NotRequired[dateType]
    Expiration: NotRequired[dateType]


class ServiceLastAccessed(TypedDict):
    ServiceName: serviceNameType
    LastAuthenticated: NotRequired[dateType]
    ServiceNamespace: serviceNamespaceType
    LastAuthenticatedEntity: NotRequired[arnType]
    LastAuthenticatedRegion: NotRequired[stringType]
    TotalAuthenticatedEntities: NotRequired[integerType]
    TrackedActionsLastAccessed: NotRequired[TrackedActionsLastAccessed]


class ServiceSpecificCredential(TypedDict):
    CreateDate: dateType
    ExpirationDate: NotRequired[dateType]
    ServiceName: serviceName
    ServiceUserName: NotRequired[serviceUserName]
    ServicePassword: NotRequired[servicePassword]
    ServiceCredentialAlias: NotRequired[serviceCredentialAlias]
    ServiceCredentialSecret: NotRequired[serviceCredentialSecret]
    ServiceSpecificCredentialId: serviceSpecificCredentialId
    UserName: userNameType
    Status: statusType


class ServiceSpecificCredentialMetadata(TypedDict):
    UserName: userNameType
    Status: statusType
    ServiceUserName: NotRequired[serviceUserName]
    ServiceCredentialAlias: NotRequired[serviceCredentialAlias]
    CreateDate: dateType
    ExpirationDate: NotRequired[dateType]
    ServiceSpecificCredentialId: serviceSpecificCredentialId
    ServiceName: serviceName


class SetDefaultPolicyVersionRequest(TypedDict):
    PolicyArn: arnType
    VersionId: policyVersionIdType


class SetSecurityTokenServicePreferencesRequest(TypedDict):
    GlobalEndpointTokenVersion: globalEndpointTokenVersion


class SigningCertificate(TypedDict):
    UserName: userNameType
    CertificateId: certificateIdType
    CertificateBody: certificateBodyType
    Status: statusType
    UploadDate: NotRequired[dateType]


class SimulateCustomPolicyRequest(TypedDict):
    PolicyInputList: SimulationPolicyListType
    PermissionsBoundaryPolicyInputList: NotRequired[SimulationPolicyListType]
    ActionNames: ActionNameListType
    ResourceArns: NotRequired[ResourceNameListType]
    ResourcePolicy: NotRequired[policyDocumentType]
    ResourceOwner: NotRequired[ResourceNameType]
    CallerArn: NotRequired[ResourceNameType]
    ContextEntries: NotRequired[ContextEntryListType]
    ResourceHandlingOption: NotRequired[ResourceHandlingOptionType]
    MaxItems: NotRequired[maxItemsType]
    Marker: NotRequired[markerType]


class SimulatePolicyResponse(TypedDict):
    EvaluationResults: NotRequired[EvaluationResultsListType]
    IsTruncated: NotRequired[booleanType]
    Marker: NotRequired[responseMarkerType]


class SimulatePrincipalPolicyRequest(TypedDict):
    PolicySourceArn: arnType
    PolicyInputList: NotRequired[SimulationPolicyListType]
    PermissionsBoundaryPolicyInputList: NotRequired[SimulationPolicyListType]
    ActionNames: ActionNameListType
    ResourceArns: NotRequired[ResourceNameListType]
    ResourcePolicy: NotRequired[policyDocumentType]
    ResourceOwner: NotRequired[ResourceNameType]
    CallerArn: NotRequired[ResourceNameType]
    ContextEntries: NotRequired[ContextEntryListType]
    ResourceHandlingOption: NotRequired[ResourceHandlingOptionType]
    MaxItems: NotRequired[maxItemsType]
    Marker: NotRequired[markerType]


class Statement(TypedDict):
    SourcePolicyId: NotRequired[PolicyIdentifierType]
    SourcePolicyType: NotRequired[PolicySourceType]
    StartPosition: NotRequired[Position]
    EndPosition: NotRequired[Position]


class Tag(TypedDict):
    Key: tagKeyType
    Value: tagValueType


class TagInstanceProfileRequest(TypedDict):
    InstanceProfileName: instanceProfileNameType
    Tags: tagListType


class TagMFADeviceRequest(TypedDict):
    SerialNumber: serialNumberType
    Tags: tagListType


class TagOpenIDConnectProviderRequest(TypedDict):
    OpenIDConnectProviderArn: arnType
    Tags: tagListType


class TagPolicyRequest(TypedDict):
    PolicyArn: arnType
    Tags: tagListType


class TagRoleRequest(TypedDict):
    RoleName: roleNameType
    Tags: tagListType


class TagSAMLProviderRequest(TypedDict):
    SAMLProviderArn: arnType
    Tags: tagListType


class TagServerCertificateRequest(TypedDict):
    ServerCertificateName: serverCertificateNameType
    Tags: tagListType


class TagUserRequest(TypedDict):
    UserName: existingUserNameType
    Tags: tagListType


class TrackedActionLastAccessed(TypedDict):
    ActionName: NotRequired[stringType]
    LastAccessedEntity: NotRequired[arnType]
    LastAccessedTime: NotRequired[dateType]
    LastAccessedRegion: NotRequired[stringType]


class UntagInstanceProfileRequest(TypedDict):
    InstanceProfileName: instanceProfileNameType
    TagKeys: tagKeyListType


class UntagMFADeviceRequest(TypedDict):
    SerialNumber: serialNumberType
    TagKeys: tagKeyListType


class UntagOpenIDConnectProviderRequest(TypedDict):
    OpenIDConnectProviderArn: arnType
    TagKeys: tagKeyListType


class UntagPolicyRequest(TypedDict):
    PolicyArn: arnType
    TagKeys: tagKeyListType


class UntagRoleRequest(TypedDict):
    RoleName: roleNameType
    TagKeys: tagKeyListType


class UntagSAMLProviderRequest(TypedDict):
    SAMLProviderArn: arnType
    TagKeys: tagKeyListType


class UntagServerCertificateRequest(TypedDict):
    ServerCertificateName: serverCertificateNameType
    TagKeys: tagKeyListType


class UntagUserRequest(TypedDict):
    UserName: existingUserNameType
    TagKeys: tagKeyListType


class UpdateAccessKeyRequest(TypedDict):
    UserName: NotRequired[existingUserNameType]
    AccessKeyId: accessKeyIdType
    Status: statusType


class UpdateAccountPasswordPolicyRequest(TypedDict):
    MinimumPasswordLength: NotRequired[minimumPasswordLengthType]
    RequireSymbols: NotRequired[booleanType]
    RequireNumbers: NotRequired[booleanType]
    RequireUppercaseCharacters: NotRequired[booleanType]
    RequireLowercaseCharacters: NotRequired[booleanType]
    AllowUsersToChangePassword: NotRequired[booleanType]
    MaxPasswordAge: NotRequired[maxPasswordAgeType]
    PasswordReusePrevention: NotRequired[passwordReusePreventionType]
    HardExpiry: NotRequired[booleanObjectType]


class UpdateAssumeRolePolicyRequest(TypedDict):
    RoleName: roleNameType
    PolicyDocument: policyDocumentType


class UpdateDelegationRequestRequest(TypedDict):
    DelegationRequestId: delegationRequestIdType
    Notes: NotRequired[notesType]


class UpdateGroupRequest(TypedDict):
    GroupName: groupNameType
    NewPath: NotRequired[pathType]
    NewGroupName: NotRequired[groupNameType]


class UpdateLoginProfileRequest(TypedDict):
    UserName: userNameType
    Password: NotRequired[passwordType]
    PasswordResetRequired: NotRequired[booleanObjectType]


class UpdateOpenIDConnectProviderThumbprintRequest(TypedDict):
    OpenIDConnectProviderArn: arnType
    ThumbprintList: thumbprintListType


class UpdateRoleDescriptionRequest(TypedDict):
    RoleName: roleNameType
    Description: roleDescriptionType


class UpdateRoleDescriptionResponse(TypedDict):
    Role: NotRequired[Role]


class UpdateRoleRequest(TypedDict):
    RoleName: roleNameType
    Description: NotRequired[roleDescriptionType]
    MaxSessionDuration: NotRequired[roleMaxSessionDurationType]


class UpdateRoleResponse(TypedDict):
    pass


class UpdateSAMLProviderRequest(TypedDict):
    SAMLMetadataDocument: NotRequired[SAMLMetadataDocumentType]
    SAMLProviderArn: arnType
    AssertionEncryptionMode: NotRequired[assertionEncryptionModeType]
    AddPrivateKey: NotRequired[privateKeyType]
    RemovePrivateKey: NotRequired[privateKeyIdType]


class UpdateSAMLProviderResponse(TypedDict):
    SAMLProviderArn: NotRequired[arnType]


class UpdateSSHPublicKeyRequest(TypedDict):
    UserName: userNameType
    SSHPublicKeyId: publicKeyIdType
    Status: statusType


class UpdateServerCertificateRequest(TypedDict):
    ServerCertificateName: serverCertificateNameType
    NewPath: NotRequired[pathType]
    NewServerCertificateName: NotRequired[serverCertificateNameType]


class UpdateServiceSpecificCredentialRequest(TypedDict):
    UserName: NotRequired[userNameType]
    ServiceSpecificCredentialId: serviceSpecificCredentialId
    Status: statusType


class UpdateSigningCertificateRequest(TypedDict):
    UserName: NotRequired[existingUserNameType]
    CertificateId: certificateIdType
    Status: statusType


class UpdateUserRequest(TypedDict):
    UserName: existingUserNameType
    NewPath: NotRequired[pathType]
    NewUserName: NotRequired[userNameType]


class UploadSSHPublicKeyRequest(TypedDict):
    UserName: userNameType
    SSHPublicKeyBody: publicKeyMaterialType


class UploadSSHPublicKeyResponse(TypedDict):
    SSHPublicKey: NotRequired[SSHPublicKey]


class UploadServerCertificateRequest(TypedDict):
    Path: NotRequired[pathType]
    ServerCertificateName: serverCertificateNameType
    CertificateBody: certificateBodyType
    PrivateKey: privateKeyType
    CertificateChain: NotRequired[certificateChainType]
    Tags: NotRequired[tagListType]


class UploadServerCertificateResponse(TypedDict):
    ServerCertificateMetadata: NotRequired[ServerCertificateMetadata]
    Tags: NotRequired[tagListType]


class UploadSigningCertificateRequest(TypedDict):
    UserName: NotRequired[existingUserNameType]
    CertificateBody: certificateBodyType


class UploadSigningCertificateResponse(TypedDict):
    Certificate: SigningCertificate


class User(TypedDict):
    Path: pathType
    UserName: userNameType
    UserId: idType
    Arn: arnType
    CreateDate: dateType
    PasswordLastUsed: NotRequired[dateType]
    PermissionsBoundary: NotRequired[AttachedPermissionsBoundary]
    Tags: NotRequired[tagListType]


class UserDetail(TypedDict):
    Path: NotRequired[pathType]
    UserName: NotRequired[userNameType]
    UserId: NotRequired[idType]
    Arn: NotRequired[arnType]
    CreateDate: NotRequired[dateType]
    UserPolicyList: NotRequired[policyDetailListType]
    GroupList: NotRequired[groupNameListType]
    AttachedManagedPolicies: NotRequired[attachedPoliciesListType]
    PermissionsBoundary: NotRequired[AttachedPermissionsBoundary]
    Tags: NotRequired[tagListType]


class VirtualMFADevice(TypedDict):
    SerialNumber: serialNumberType
    Base32StringSeed: NotRequired[BootstrapDatum]
    QRCodePNG: NotRequired[BootstrapDatum]
    User: NotRequired[User]
    EnableDate: NotRequired[dateType]
    Tags: NotRequired[tagListType]


AccessDetails = list[AccessDetail]
ActionNameListType = list[ActionNameType]
ArnListType = list[arnType]
CertificationMapType = dict[CertificationKeyType, CertificationValueType]
ContextEntryListType = list[ContextEntry]
ContextKeyNamesResultListType = list[ContextKeyNameType]
ContextKeyValueListType = list[ContextKeyValueType]
EvalDecisionDetailsType = dict[EvalDecisionSourceType, PolicyEvaluationDecisionType]
EvaluationResultsListType = list[EvaluationResult]
FeaturesListType = list[FeatureType]
ManagedPolicyDetailListType = list[ManagedPolicyDetail]
OpenIDConnectProviderListType = list[OpenIDConnectProviderListEntry]
PolicyGroupListType = list[PolicyGroup]
PolicyRoleListType = list[PolicyRole]
PolicyUserListType = list[PolicyUser]
ResourceNameListType = list[ResourceNameType]
ResourceSpecificResultListType = list[ResourceSpecificResult]
RoleUsageListType = list[RoleUsageType]
SAMLProviderListType = list[SAMLProviderListEntry]
SSHPublicKeyListType = list[SSHPublicKeyMetadata]
ServiceSpecificCredentialsListType = list[ServiceSpecificCredentialMetadata]
ServicesLastAccessed = list[ServiceLastAccessed]
SimulationPolicyListType = list[policyDocumentType]
StatementListType = list[Statement]
TrackedActionsLastAccessed = list[TrackedActionLastAccessed]
accessKeyMetadataListType = list[AccessKeyMetadata]
accountAliasListType = list[accountAliasType]
attachedPoliciesListType = list[AttachedPolicy]
certificateListType = list[SigningCertificate]
clientIDListType = list[clientIDType]
delegationRequestsListType = list[DelegationRequest]
entityDetailsListType = list[EntityDetails]
entityListType = list[EntityType]
groupDetailListType = list[GroupDetail]
groupListType = list[Group]
groupNameListType = list[groupNameType]
instanceProfileListType = list[InstanceProfile]
listPolicyGrantingServiceAccessResponseListType = list[ListPoliciesGrantingServiceAccessEntry]
mfaDeviceListType = list[MFADevice]
policyDetailListType = list[PolicyDetail]
policyDocumentVersionListType = list[PolicyVersion]
policyGrantingServiceAccessListType = list[PolicyGrantingServiceAccess]
policyListType = list[Policy]
policyNameListType = list[policyNameType]
policyParameterListType = list[PolicyParameter]
policyParameterValuesListType = list[policyParameterValueType]
privateKeyList = list[SAMLPrivateKey]
roleDetailListType = list[RoleDetail]
roleListType = list[Role]
rolePermissionRestrictionArnListType = list[arnType]
serverCertificateMetadataListType = list[ServerCertificateMetadata]
serviceNamespaceListType = list[serviceNamespaceType]
summaryMapType = dict[summaryKeyType, summaryValueType]
tagKeyListType = list[tagKeyType]
tagListType = list[Tag]
thumbprintListType = list[thumbprintType]
userDetailListType = list[UserDetail]
userListType = list[User]
virtualMFADeviceListType = list[VirtualMFADevice]


class AccountNotManagementOrDelegatedAdministratorException(ServiceError):
    code = "AccountNotManagementOrDelegatedAdministratorException"
    query_code: ClassVar[str] = "AccountNotManagementOrDelegatedAdministratorException"
    shape_name: ClassVar[str] = "AccountNotManagementOrDelegatedAdministratorException"
    status_code = 400
    sender_fault = True


class CallerIsNotManagementAccountException(ServiceError):
    code = "CallerIsNotManagementAccountException"
    query_code: ClassVar[str] = "CallerIsNotManagementAccountException"
    shape_name: ClassVar[str] = "CallerIsNotManagementAccountException"
    status_code = 400
    sender_fault = True


class ConcurrentModificationException(ServiceError):
    code = "ConcurrentModification"
    query_code: ClassVar[str] = "ConcurrentModification"
    shape_name: ClassVar[str] = "ConcurrentModificationException"
    status_code = 409
    sender_fault = True


class CredentialReportExpiredException(ServiceError):
    code = "ReportExpired"
    query_code: ClassVar[str] = "ReportExpired"
    shape_name: ClassVar[str] = "CredentialReportExpiredException"
    status_code = 410
    sender_fault = True


class CredentialReportNotPresentException(ServiceError):
    code = "ReportNotPresent"
    query_code: ClassVar[str] = "ReportNotPresent"
    shape_name: ClassVar[str] = "CredentialReportNotPresentException"
    status_code = 410
    sender_fault = True


class CredentialReportNotReadyException(ServiceError):
    code = "ReportInProgress"
    query_code: ClassVar[str] = "ReportInProgress"
    shape_name: ClassVar[str] = "CredentialReportNotReadyException"
    status_code = 404
    sender_fault = True


class DeleteConflictException(ServiceError):
    code = "DeleteConflict"
    query_code: ClassVar[str] = "DeleteConflict"
    shape_name: ClassVar[str] = "DeleteConflictException"
    status_code = 409
    sender_fault = True


class DuplicateCertificateException(ServiceError):
    code = "DuplicateCertificate"
    query_code: ClassVar[str] = "DuplicateCertificate"
    shape_name: ClassVar[str] = "DuplicateCertificateException"
    status_code = 409
    sender_fault = True


class DuplicateSSHPublicKeyException(ServiceError):
    code = "DuplicateSSHPublicKey"
    query_code: ClassVar[str] = "DuplicateSSHPublicKey"
    shape_name: ClassVar[str] = "DuplicateSSHPublicKeyException"
    status_code = 400
    sender_fault = True


class EntityAlreadyExistsException(ServiceError):
    code = "EntityAlreadyExists"
    query_code: ClassVar[str] = "EntityAlreadyExists"
    shape_name: ClassVar[str] = "EntityAlreadyExistsException"
    status_code = 409
    sender_fault = True


class EntityTemporarilyUnmodifiableException(ServiceError):
    code = "EntityTemporarilyUnmodifiable"
    query_code: ClassVar[str] = "EntityTemporarilyUnmodifiable"
    shape_name: ClassVar[str] = "EntityTemporarilyUnmodifiableException"
    status_code = 409
    sender_fault = True


class FeatureDisabledException(ServiceError):
    code = "FeatureDisabled"
    query_code: ClassVar[str] = "FeatureDisabled"
    shape_name: ClassVar[str] = "FeatureDisabledException"
    status_code = 404
    sender_fault = True


class FeatureEnabledException(ServiceError):
    code = "FeatureEnabled"
    query_code: ClassVar[str] = "FeatureEnabled"
    shape_name: ClassVar[str] = "FeatureEnabledException"
    status_code = 409
    sender_fault = True


class InvalidAuthenticationCodeException(ServiceError):
    code = "InvalidAuthenticationCode"
    query_code: ClassVar[str] = "InvalidAuthenticationCode"
    shape_name: ClassVar[str] = "InvalidAuthenticationCodeException"
    status_code = 403
    sender_fault = True


class InvalidCertificateException(ServiceError):
    code = "InvalidCertificate"
    query_code: ClassVar[str] = "InvalidCertificate"
    shape_name: ClassVar[str] = "InvalidCertificateException"
    status_code = 400
    sender_fault = True


class InvalidInputException(ServiceError):
    code = "InvalidInput"
    query_code: ClassVar[str] = "InvalidInput"
    shape_name: ClassVar[str] = "InvalidInputException"
    status_code = 400
    sender_fault = True


class InvalidPublicKeyException(ServiceError):
    code = "InvalidPublicKey"
    query_code: ClassVar[str] = "InvalidPublicKey"
    shape_name: ClassVar[str] = "InvalidPublicKeyException"
    status_code = 400
    sender_fault = True


class InvalidUserTypeException(ServiceError):
    code = "InvalidUserType"
    query_code: ClassVar[str] = "InvalidUserType"
    shape_name: ClassVar[str] = "InvalidUserTypeException"
    status_code = 400
    sender_fault = True


class KeyPairMismatchException(ServiceError):
    code = "KeyPairMismatch"
    query_code: ClassVar[str] = "KeyPairMismatch"
    shape_name: ClassVar[str] = "KeyPairMismatchException"
    status_code = 400
    sender_fault = True


class LimitExceededException(ServiceError):
    code = "LimitExceeded"
    query_code: ClassVar[str] = "LimitExceeded"
    shape_name: ClassVar[str] = "LimitExceededException"
    status_code = 409
    sender_fault = True


class MalformedCertificateException(ServiceError):
    code = "MalformedCertificate"
    query_code: ClassVar[str] = "MalformedCertificate"
    shape_name: ClassVar[str] = "MalformedCertificateException"
    status_code = 400
    sender_fault = True


class MalformedPolicyDocumentException(ServiceError):
    code = "MalformedPolicyDocument"
    query_code: ClassVar[str] = "MalformedPolicyDocument"
    shape_name: ClassVar[str] = "MalformedPolicyDocumentException"
    status_code = 400
    sender_fault = True


class NoSuchEntityException(ServiceError):
    code = "NoSuchEntity"
    query_code: ClassVar[str] = "NoSuchEntity"
    shape_name: ClassVar[str] = "NoSuchEntityException"
    status_code = 404
    sender_fault = True


class OpenIdIdpCommunicationErrorException(ServiceError):
    code = "OpenIdIdpCommunicationError"
    query_code: ClassVar[str] = "OpenIdIdpCommunicationError"
    shape_name: ClassVar[str] = "OpenIdIdpCommunicationErrorException"
    status_code = 400
    sender_fault = True


class OrganizationNotFoundException(ServiceError):
    code = "OrganizationNotFoundException"
    query_code: ClassVar[str] = "OrganizationNotFoundException"
    shape_name: ClassVar[str] = "OrganizationNotFoundException"
    status_code = 400
    sender_fault = True


class OrganizationNotInAllFeaturesModeException(ServiceError):
    code = "OrganizationNotInAllFeaturesModeException"
    query_code: ClassVar[str] = "OrganizationNotInAllFeaturesModeException"
    shape_name: ClassVar[str] = "OrganizationNotInAllFeaturesModeException"
    status_code = 400
    sender_fault = True


class PasswordPolicyViolationException(ServiceError):
    code = "PasswordPolicyViolation"
    query_code: ClassVar[str] = "PasswordPolicyViolation"
    shape_name: ClassVar[str] = "PasswordPolicyViolationException"
    status_code = 400
    sender_fault = True


class PolicyEvaluationException(ServiceError):
    code = "PolicyEvaluation"
    query_code: ClassVar[str] = "PolicyEvaluation"
    shape_name: ClassVar[str] = "PolicyEvaluationException"
    status_code = 500
    sender_fault = False


class PolicyNotAttachableException(ServiceError):
    code = "PolicyNotAttachable"
    query_code: ClassVar[str] = "PolicyNotAttachable"
    shape_name: ClassVar[str] = "PolicyNotAttachableException"
    status_code = 400
    sender_fault = True


class ReportGenerationLimitExceededException(ServiceError):
    code = "ReportGenerationLimitExceeded"
    query_code: ClassVar[str] = "ReportGenerationLimitExceeded"
    shape_name: ClassVar[str] = "ReportGenerationLimitExceededException"
    status_code = 409
    sender_fault = True


class ServiceAccessNotEnabledException(ServiceError):
    code = "ServiceAccessNotEnabledException"
    query_code: ClassVar[str] = "ServiceAccessNotEnabledException"
    shape_name: ClassVar[str] = "ServiceAccessNotEnabledException"
    status_code = 400
    sender_fault = True


class ServiceFailureException(ServiceError):
    code = "ServiceFailure"
    query_code: ClassVar[str] = "ServiceFailure"
    shape_name: ClassVar[str] = "ServiceFailureException"
    status_code = 500
    sender_fault = False


class ServiceNotSupportedException(ServiceError):
    code = "NotSupportedService"
    query_code: ClassVar[str] = "NotSupportedService"
    shape_name: ClassVar[str] = "ServiceNotSupportedException"
    status_code = 404
    sender_fault = True


class UnmodifiableEntityException(ServiceError):
    code = "UnmodifiableEntity"
    query_code: ClassVar[str] = "UnmodifiableEntity"
    shape_name: ClassVar[str] = "UnmodifiableEntityException"
    status_code = 400
    sender_fault = True


class UnrecognizedPublicKeyEncodingException(ServiceError):
    code = "UnrecognizedPublicKeyEncoding"
    query_code: ClassVar[str] = "UnrecognizedPublicKeyEncoding"
    shape_name: ClassVar[str] = "UnrecognizedPublicKeyEncodingException"
    status_code = 400
    sender_fault = True


ERRORS: dict[str, type[ServiceError]] = {
    "AccountNotManagementOrDelegatedAdministratorException": AccountNotManagementOrDelegatedAdministratorException,
    "CallerIsNotManagementAccountException": CallerIsNotManagementAccountException,
    "ConcurrentModificationException": ConcurrentModificationException,
    "CredentialReportExpiredException": CredentialReportExpiredException,
    "CredentialReportNotPresentException": CredentialReportNotPresentException,
    "CredentialReportNotReadyException": CredentialReportNotReadyException,
    "DeleteConflictException": DeleteConflictException,
    "DuplicateCertificateException": DuplicateCertificateException,
    "DuplicateSSHPublicKeyException": DuplicateSSHPublicKeyException,
    "EntityAlreadyExistsException": EntityAlreadyExistsException,
    "EntityTemporarilyUnmodifiableException": EntityTemporarilyUnmodifiableException,
    "FeatureDisabledException": FeatureDisabledException,
    "FeatureEnabledException": FeatureEnabledException,
    "InvalidAuthenticationCodeException": InvalidAuthenticationCodeException,
    "InvalidCertificateException": InvalidCertificateException,
    "InvalidInputException": InvalidInputException,
    "InvalidPublicKeyException": InvalidPublicKeyException,
    "InvalidUserTypeException": InvalidUserTypeException,
    "KeyPairMismatchException": KeyPairMismatchException,
    "LimitExceededException": LimitExceededException,
    "MalformedCertificateException": MalformedCertificateException,
    "MalformedPolicyDocumentException": MalformedPolicyDocumentException,
    "NoSuchEntityException": NoSuchEntityException,
    "OpenIdIdpCommunicationErrorException": OpenIdIdpCommunicationErrorException,
    "OrganizationNotFoundException": OrganizationNotFoundException,
    "OrganizationNotInAllFeaturesModeException": OrganizationNotInAllFeaturesModeException,
    "PasswordPolicyViolationException": PasswordPolicyViolationException,
    "PolicyEvaluationException": PolicyEvaluationException,
    "PolicyNotAttachableException": PolicyNotAttachableException,
    "ReportGenerationLimitExceededException": ReportGenerationLimitExceededException,
    "ServiceAccessNotEnabledException": ServiceAccessNotEnabledException,
    "ServiceFailureException": ServiceFailureException,
    "ServiceNotSupportedException": ServiceNotSupportedException,
    "UnmodifiableEntityException": UnmodifiableEntityException,
    "UnrecognizedPublicKeyEncodingException": UnrecognizedPublicKeyEncodingException,
}


class IamApi(ServiceApi):
    service = "iam"
    iam_prefix = "iam"
    operations: ClassVar[dict[str, OperationSpec]] = {
        "AcceptDelegationRequest": OperationSpec(
            "accept_delegation_request", {"DelegationRequestId": "delegation_request_id"}
        ),
        "AddClientIDToOpenIDConnectProvider": OperationSpec(
            "add_client_id_to_open_id_connect_provider",
            {"OpenIDConnectProviderArn": "open_id_connect_provider_arn", "ClientID": "client_id"},
        ),
        "AddRoleToInstanceProfile": OperationSpec(
            "add_role_to_instance_profile",
            {"InstanceProfileName": "instance_profile_name", "RoleName": "role_name"},
        ),
        "AddUserToGroup": OperationSpec(
            "add_user_to_group", {"GroupName": "group_name", "UserName": "user_name"}
        ),
        "AssociateDelegationRequest": OperationSpec(
            "associate_delegation_request", {"DelegationRequestId": "delegation_request_id"}
        ),
        "AttachGroupPolicy": OperationSpec(
            "attach_group_policy", {"GroupName": "group_name", "PolicyArn": "policy_arn"}
        ),
        "AttachRolePolicy": OperationSpec(
            "attach_role_policy", {"RoleName": "role_name", "PolicyArn": "policy_arn"}
        ),
        "AttachUserPolicy": OperationSpec(
            "attach_user_policy", {"UserName": "user_name", "PolicyArn": "policy_arn"}
        ),
        "ChangePassword": OperationSpec(
            "change_password", {"OldPassword": "old_password", "NewPassword": "new_password"}
        ),
        "CreateAccessKey": OperationSpec("create_access_key", {"UserName": "user_name"}),
        "CreateAccountAlias": OperationSpec("create_account_alias", {"AccountAlias": "account_alias"}),
        "CreateDelegationRequest": OperationSpec(
            "create_delegation_request",
            {
                "OwnerAccountId": "owner_account_id",
                "Description": "description",
                "Permissions": "permissions",
                "RequestMessage": "request_message",
                "RequestorWorkflowId": "requestor_workflow_id",
                "RedirectUrl": "redirect_url",
                "NotificationChannel": "notification_channel",
                "SessionDuration": "session_duration",
                "OnlySendByOwner": "only_send_by_owner",
            },
        ),
        "CreateGroup": OperationSpec("create_group", {"Path": "path", "GroupName": "group_name"}),
        "CreateInstanceProfile": OperationSpec(
            "create_instance_profile",
            {"InstanceProfileName": "instance_profile_name", "Path": "path", "Tags": "tags"},
        ),
        "CreateLoginProfile": OperationSpec(
            "create_login_profile",
            {
                "UserName": "user_name",
                "Password": "password",
                "PasswordResetRequired": "password_reset_required",
            },
        ),
        "CreateOpenIDConnectProvider": OperationSpec(
            "create_open_id_connect_provider",
            {
                "Url": "url",
                "ClientIDList": "client_id_list",
                "ThumbprintList": "thumbprint_list",
                "Tags": "tags",
            },
        ),
        "CreatePolicy": OperationSpec(
            "create_policy",
            {
                "PolicyName": "policy_name",
                "Path": "path",
                "PolicyDocument": "policy_document",
                "Description": "description",
                "Tags": "tags",
            },
        ),
        "CreatePolicyVersion": OperationSpec(
            "create_policy_version",
            {
                "PolicyArn": "policy_arn",
                "PolicyDocument": "policy_document",
                "SetAsDefault": "set_as_default",
            },
        ),
        "CreateRole": OperationSpec(
            "create_role",
            {
                "Path": "path",
                "RoleName": "role_name",
                "AssumeRolePolicyDocument": "assume_role_policy_document",
                "Description": "description",
                "MaxSessionDuration": "max_session_duration",
                "PermissionsBoundary": "permissions_boundary",
                "Tags": "tags",
            },
        ),
        "CreateSAMLProvider": OperationSpec(
            "create_saml_provider",
            {
                "SAMLMetadataDocument": "saml_metadata_document",
                "Name": "name",
                "Tags": "tags",
                "AssertionEncryptionMode": "assertion_encryption_mode",
                "AddPrivateKey": "add_private_key",
            },
        ),
        "CreateServiceLinkedRole": OperationSpec(
            "create_service_linked_role",
            {
                "AWSServiceName": "aws_service_name",
                "Description": "description",
                "CustomSuffix": "custom_suffix",
            },
        ),
        "CreateServiceSpecificCredential": OperationSpec(
            "create_service_specific_credential",
            {
                "UserName": "user_name",
                "ServiceName": "service_name",
                "CredentialAgeDays": "credential_age_days",
            },
        ),
        "CreateUser": OperationSpec(
            "create_user",
            {
                "Path": "path",
                "UserName": "user_name",
                "PermissionsBoundary": "permissions_boundary",
                "Tags": "tags",
            },
        ),
        "CreateVirtualMFADevice": OperationSpec(
            "create_virtual_mfa_device",
            {"Path": "path", "VirtualMFADeviceName": "virtual_mfa_device_name", "Tags": "tags"},
        ),
        "DeactivateMFADevice": OperationSpec(
            "deactivate_mfa_device", {"UserName": "user_name", "SerialNumber": "serial_number"}
        ),
        "DeleteAccessKey": OperationSpec(
            "delete_access_key", {"UserName": "user_name", "AccessKeyId": "access_key_id"}
        ),
        "DeleteAccountAlias": OperationSpec("delete_account_alias", {"AccountAlias": "account_alias"}),
        "DeleteAccountPasswordPolicy": OperationSpec("delete_account_password_policy", {}),
        "DeleteGroup": OperationSpec("delete_group", {"GroupName": "group_name"}),
        "DeleteGroupPolicy": OperationSpec(
            "delete_group_policy", {"GroupName": "group_name", "PolicyName": "policy_name"}
        ),
        "DeleteInstanceProfile": OperationSpec(
            "delete_instance_profile", {"InstanceProfileName": "instance_profile_name"}
        ),
        "DeleteLoginProfile": OperationSpec("delete_login_profile", {"UserName": "user_name"}),
        "DeleteOpenIDConnectProvider": OperationSpec(
            "delete_open_id_connect_provider", {"OpenIDConnectProviderArn": "open_id_connect_provider_arn"}
        ),
        "DeletePolicy": OperationSpec("delete_policy", {"PolicyArn": "policy_arn"}),
        "DeletePolicyVersion": OperationSpec(
            "delete_policy_version", {"PolicyArn": "policy_arn", "VersionId": "version_id"}
        ),
        "DeleteRole": OperationSpec("delete_role", {"RoleName": "role_name"}),
        "DeleteRolePermissionsBoundary": OperationSpec(
            "delete_role_permissions_boundary", {"RoleName": "role_name"}
        ),
        "DeleteRolePolicy": OperationSpec(
            "delete_role_policy", {"RoleName": "role_name", "PolicyName": "policy_name"}
        ),
        "DeleteSAMLProvider": OperationSpec("delete_saml_provider", {"SAMLProviderArn": "saml_provider_arn"}),
        "DeleteSSHPublicKey": OperationSpec(
            "delete_ssh_public_key", {"UserName": "user_name", "SSHPublicKeyId": "ssh_public_key_id"}
        ),
        "DeleteServerCertificate": OperationSpec(
            "delete_server_certificate", {"ServerCertificateName": "server_certificate_name"}
        ),
        "DeleteServiceLinkedRole": OperationSpec("delete_service_linked_role", {"RoleName": "role_name"}),
        "DeleteServiceSpecificCredential": OperationSpec(
            "delete_service_specific_credential",
            {"UserName": "user_name", "ServiceSpecificCredentialId": "service_specific_credential_id"},
        ),
        "DeleteSigningCertificate": OperationSpec(
            "delete_signing_certificate", {"UserName": "user_name", "CertificateId": "certificate_id"}
        ),
        "DeleteUser": OperationSpec("delete_user", {"UserName": "user_name"}),
        "DeleteUserPermissionsBoundary": OperationSpec(
            "delete_user_permissions_boundary", {"UserName": "user_name"}
        ),
        "DeleteUserPolicy": OperationSpec(
            "delete_user_policy", {"UserName": "user_name", "PolicyName": "policy_name"}
        ),
        "DeleteVirtualMFADevice": OperationSpec(
            "delete_virtual_mfa_device", {"SerialNumber": "serial_number"}
        ),
        "DetachGroupPolicy": OperationSpec(
            "detach_group_policy", {"GroupName": "group_name", "PolicyArn": "policy_arn"}
        ),
        "DetachRolePolicy": OperationSpec(
            "detach_role_policy", {"RoleName": "role_name", "PolicyArn": "policy_arn"}
        ),
        "DetachUserPolicy": OperationSpec(
            "detach_user_policy", {"UserName": "user_name", "PolicyArn": "policy_arn"}
        ),
        "DisableOrganizationsRootCredentialsManagement": OperationSpec(
            "disable_organizations_root_credentials_management", {}
        ),
        "DisableOrganizationsRootSessions": OperationSpec("disable_organizations_root_sessions", {}),
        "DisableOutboundWebIdentityFederation": OperationSpec("disable_outbound_web_identity_federation", {}),
        "EnableMFADevice": OperationSpec(
            "enable_mfa_device",
            {
                "UserName": "user_name",
                "SerialNumber": "serial_number",
                "AuthenticationCode1": "authentication_code1",
                "AuthenticationCode2": "authentication_code2",
            },
        ),
        "EnableOrganizationsRootCredentialsManagement": OperationSpec(
            "enable_organizations_root_credentials_management", {}
        ),
        "EnableOrganizationsRootSessions": OperationSpec("enable_organizations_root_sessions", {}),
        "EnableOutboundWebIdentityFederation": OperationSpec("enable_outbound_web_identity_federation", {}),
        "GenerateCredentialReport": OperationSpec("generate_credential_report", {}),
        "GenerateOrganizationsAccessReport": OperationSpec(
            "generate_organizations_access_report",
            {"EntityPath": "entity_path", "OrganizationsPolicyId": "organizations_policy_id"},
        ),
        "GenerateServiceLastAccessedDetails": OperationSpec(
            "generate_service_last_accessed_details", {"Arn": "arn", "Granularity": "granularity"}
        ),
        "GetAccessKeyLastUsed": OperationSpec("get_access_key_last_used", {"AccessKeyId": "access_key_id"}),
        "GetAccountAuthorizationDetails": OperationSpec(
            "get_account_authorization_details",
            {"Filter": "filter", "MaxItems": "max_items", "Marker": "marker"},
        ),
        "GetAccountPasswordPolicy": OperationSpec("get_account_password_policy", {}),
        "GetAccountSummary": OperationSpec("get_account_summary", {}),
        "GetContextKeysForCustomPolicy": OperationSpec(
            "get_context_keys_for_custom_policy", {"PolicyInputList": "policy_input_list"}
        ),
        "GetContextKeysForPrincipalPolicy": OperationSpec(
            "get_context_keys_for_principal_policy",
            {"PolicySourceArn": "policy_source_arn", "PolicyInputList": "policy_input_list"},
        ),
        "GetCredentialReport": OperationSpec("get_credential_report", {}),
        "GetDelegationRequest": OperationSpec(
            "get_delegation_request",
            {
                "DelegationRequestId": "delegation_request_id",
                "DelegationPermissionCheck": "delegation_permission_check",
            },
        ),
        "GetGroup": OperationSpec(
            "get_group", {"GroupName": "group_name", "Marker": "marker", "MaxItems": "max_items"}
        ),
        "GetGroupPolicy": OperationSpec(
            "get_group_policy", {"GroupName": "group_name", "PolicyName": "policy_name"}
        ),
        "GetHumanReadableSummary": OperationSpec(
            "get_human_readable_summary", {"EntityArn": "entity_arn", "Locale": "locale"}
        ),
        "GetInstanceProfile": OperationSpec(
            "get_instance_profile", {"InstanceProfileName": "instance_profile_name"}
        ),
        "GetLoginProfile": OperationSpec("get_login_profile", {"UserName": "user_name"}),
        "GetMFADevice": OperationSpec(
            "get_mfa_device", {"SerialNumber": "serial_number", "UserName": "user_name"}
        ),
        "GetOpenIDConnectProvider": OperationSpec(
            "get_open_id_connect_provider", {"OpenIDConnectProviderArn": "open_id_connect_provider_arn"}
        ),
        "GetOrganizationsAccessReport": OperationSpec(
            "get_organizations_access_report",
            {"JobId": "job_id", "MaxItems": "max_items", "Marker": "marker", "SortKey": "sort_key"},
        ),
        "GetOutboundWebIdentityFederationInfo": OperationSpec(
            "get_outbound_web_identity_federation_info", {}
        ),
        "GetPolicy": OperationSpec("get_policy", {"PolicyArn": "policy_arn"}),
        "GetPolicyVersion": OperationSpec(
            "get_policy_version", {"PolicyArn": "policy_arn", "VersionId": "version_id"}
        ),
        "GetRole": OperationSpec("get_role", {"RoleName": "role_name"}),
        "GetRolePolicy": OperationSpec(
            "get_role_policy", {"RoleName": "role_name", "PolicyName": "policy_name"}
        ),
        "GetSAMLProvider": OperationSpec("get_saml_provider", {"SAMLProviderArn": "saml_provider_arn"}),
        "GetSSHPublicKey": OperationSpec(
            "get_ssh_public_key",
            {"UserName": "user_name", "SSHPublicKeyId": "ssh_public_key_id", "Encoding": "encoding"},
        ),
        "GetServerCertificate": OperationSpec(
            "get_server_certificate", {"ServerCertificateName": "server_certificate_name"}
        ),
        "GetServiceLastAccessedDetails": OperationSpec(
            "get_service_last_accessed_details",
            {"JobId": "job_id", "MaxItems": "max_items", "Marker": "marker"},
        ),
        "GetServiceLastAccessedDetailsWithEntities": OperationSpec(
            "get_service_last_accessed_details_with_entities",
            {
                "JobId": "job_id",
                "ServiceNamespace": "service_namespace",
                "MaxItems": "max_items",
                "Marker": "marker",
            },
        ),
        "GetServiceLinkedRoleDeletionStatus": OperationSpec(
            "get_service_linked_role_deletion_status", {"DeletionTaskId": "deletion_task_id"}
        ),
        "GetUser": OperationSpec("get_user", {"UserName": "user_name"}),
        "GetUserPolicy": OperationSpec(
            "get_user_policy", {"UserName": "user_name", "PolicyName": "policy_name"}
        ),
        "ListAccessKeys": OperationSpec(
            "list_access_keys", {"UserName": "user_name", "Marker": "marker", "MaxItems": "max_items"}
        ),
        "ListAccountAliases": OperationSpec(
            "list_account_aliases", {"Marker": "marker", "MaxItems": "max_items"}
        ),
        "ListAttachedGroupPolicies": OperationSpec(
            "list_attached_group_policies",
            {
                "GroupName": "group_name",
                "PathPrefix": "path_prefix",
                "Marker": "marker",
                "MaxItems": "max_items",
            },
        ),
        "ListAttachedRolePolicies": OperationSpec(
            "list_attached_role_policies",
            {
                "RoleName": "role_name",
                "PathPrefix": "path_prefix",
                "Marker": "marker",
                "MaxItems": "max_items",
            },
        ),
        "ListAttachedUserPolicies": OperationSpec(
            "list_attached_user_policies",
            {
                "UserName": "user_name",
                "PathPrefix": "path_prefix",
                "Marker": "marker",
                "MaxItems": "max_items",
            },
        ),
        "ListDelegationRequests": OperationSpec(
            "list_delegation_requests", {"OwnerId": "owner_id", "Marker": "marker", "MaxItems": "max_items"}
        ),
        "ListEntitiesForPolicy": OperationSpec(
            "list_entities_for_policy",
            {
                "PolicyArn": "policy_arn",
                "EntityFilter": "entity_filter",
                "PathPrefix": "path_prefix",
                "PolicyUsageFilter": "policy_usage_filter",
                "Marker": "marker",
                "MaxItems": "max_items",
            },
        ),
        "ListGroupPolicies": OperationSpec(
            "list_group_policies", {"GroupName": "group_name", "Marker": "marker", "MaxItems": "max_items"}
        ),
        "ListGroups": OperationSpec(
            "list_groups", {"PathPrefix": "path_prefix", "Marker": "marker", "MaxItems": "max_items"}
        ),
        "ListGroupsForUser": OperationSpec(
            "list_groups_for_user", {"UserName": "user_name", "Marker": "marker", "MaxItems": "max_items"}
        ),
        "ListInstanceProfileTags": OperationSpec(
            "list_instance_profile_tags",
            {"InstanceProfileName": "instance_profile_name", "Marker": "marker", "MaxItems": "max_items"},
        ),
        "ListInstanceProfiles": OperationSpec(
            "list_instance_profiles",
            {"PathPrefix": "path_prefix", "Marker": "marker", "MaxItems": "max_items"},
        ),
        "ListInstanceProfilesForRole": OperationSpec(
            "list_instance_profiles_for_role",
            {"RoleName": "role_name", "Marker": "marker", "MaxItems": "max_items"},
        ),
        "ListMFADeviceTags": OperationSpec(
            "list_mfa_device_tags",
            {"SerialNumber": "serial_number", "Marker": "marker", "MaxItems": "max_items"},
        ),
        "ListMFADevices": OperationSpec(
            "list_mfa_devices", {"UserName": "user_name", "Marker": "marker", "MaxItems": "max_items"}
        ),
        "ListOpenIDConnectProviderTags": OperationSpec(
            "list_open_id_connect_provider_tags",
            {
                "OpenIDConnectProviderArn": "open_id_connect_provider_arn",
                "Marker": "marker",
                "MaxItems": "max_items",
            },
        ),
        "ListOpenIDConnectProviders": OperationSpec("list_open_id_connect_providers", {}),
        "ListOrganizationsFeatures": OperationSpec("list_organizations_features", {}),
        "ListPolicies": OperationSpec(
            "list_policies",
            {
                "Scope": "scope",
                "OnlyAttached": "only_attached",
                "PathPrefix": "path_prefix",
                "PolicyUsageFilter": "policy_usage_filter",
                "Marker": "marker",
                "MaxItems": "max_items",
            },
        ),
        "ListPoliciesGrantingServiceAccess": OperationSpec(
            "list_policies_granting_service_access",
            {"Marker": "marker", "Arn": "arn", "ServiceNamespaces": "service_namespaces"},
        ),
        "ListPolicyTags": OperationSpec(
            "list_policy_tags", {"PolicyArn": "policy_arn", "Marker": "marker", "MaxItems": "max_items"}
        ),
        "ListPolicyVersions": OperationSpec(
            "list_policy_versions", {"PolicyArn": "policy_arn", "Marker": "marker", "MaxItems": "max_items"}
        ),
        "ListRolePolicies": OperationSpec(
            "list_role_policies", {"RoleName": "role_name", "Marker": "marker", "MaxItems": "max_items"}
        ),
        "ListRoleTags": OperationSpec(
            "list_role_tags", {"RoleName": "role_name", "Marker": "marker", "MaxItems": "max_items"}
        ),
        "ListRoles": OperationSpec(
            "list_roles", {"PathPrefix": "path_prefix", "Marker": "marker", "MaxItems": "max_items"}
        ),
        "ListSAMLProviderTags": OperationSpec(
            "list_saml_provider_tags",
            {"SAMLProviderArn": "saml_provider_arn", "Marker": "marker", "MaxItems": "max_items"},
        ),
        "ListSAMLProviders": OperationSpec("list_saml_providers", {}),
        "ListSSHPublicKeys": OperationSpec(
            "list_ssh_public_keys", {"UserName": "user_name", "Marker": "marker", "MaxItems": "max_items"}
        ),
        "ListServerCertificateTags": OperationSpec(
            "list_server_certificate_tags",
            {"ServerCertificateName": "server_certificate_name", "Marker": "marker", "MaxItems": "max_items"},
        ),
        "ListServerCertificates": OperationSpec(
            "list_server_certificates",
            {"PathPrefix": "path_prefix", "Marker": "marker", "MaxItems": "max_items"},
        ),
        "ListServiceSpecificCredentials": OperationSpec(
            "list_service_specific_credentials",
            {
                "UserName": "user_name",
                "ServiceName": "service_name",
                "AllUsers": "all_users",
                "Marker": "marker",
                "MaxItems": "max_items",
            },
        ),
        "ListSigningCertificates": OperationSpec(
            "list_signing_certificates",
            {"UserName": "user_name", "Marker": "marker", "MaxItems": "max_items"},
        ),
        "ListUserPolicies": OperationSpec(
            "list_user_policies", {"UserName": "user_name", "Marker": "marker", "MaxItems": "max_items"}
        ),
        "ListUserTags": OperationSpec(
            "list_user_tags", {"UserName": "user_name", "Marker": "marker", "MaxItems": "max_items"}
        ),
        "ListUsers": OperationSpec(
            "list_users", {"PathPrefix": "path_prefix", "Marker": "marker", "MaxItems": "max_items"}
        ),
        "ListVirtualMFADevices": OperationSpec(
            "list_virtual_mfa_devices",
            {"AssignmentStatus": "assignment_status", "Marker": "marker", "MaxItems": "max_items"},
        ),
        "PutGroupPolicy": OperationSpec(
            "put_group_policy",
            {"GroupName": "group_name", "PolicyName": "policy_name", "PolicyDocument": "policy_document"},
        ),
        "PutRolePermissionsBoundary": OperationSpec(
            "put_role_permissions_boundary",
            {"RoleName": "role_name", "PermissionsBoundary": "permissions_boundary"},
        ),
        "PutRolePolicy": OperationSpec(
            "put_role_policy",
            {"RoleName": "role_name", "PolicyName": "policy_name", "PolicyDocument": "policy_document"},
        ),
        "PutUserPermissionsBoundary": OperationSpec(
            "put_user_permissions_boundary",
            {"UserName": "user_name", "PermissionsBoundary": "permissions_boundary"},
        ),
        "PutUserPolicy": OperationSpec(
            "put_user_policy",
            {"UserName": "user_name", "PolicyName": "policy_name", "PolicyDocument": "policy_document"},
        ),
        "RejectDelegationRequest": OperationSpec(
            "reject_delegation_request", {"DelegationRequestId": "delegation_request_id", "Notes": "notes"}
        ),
        "RemoveClientIDFromOpenIDConnectProvider": OperationSpec(
            "remove_client_id_from_open_id_connect_provider",
            {"OpenIDConnectProviderArn": "open_id_connect_provider_arn", "ClientID": "client_id"},
        ),
        "RemoveRoleFromInstanceProfile": OperationSpec(
            "remove_role_from_instance_profile",
            {"InstanceProfileName": "instance_profile_name", "RoleName": "role_name"},
        ),
        "RemoveUserFromGroup": OperationSpec(
            "remove_user_from_group", {"GroupName": "group_name", "UserName": "user_name"}
        ),
        "ResetServiceSpecificCredential": OperationSpec(
            "reset_service_specific_credential",
            {"UserName": "user_name", "ServiceSpecificCredentialId": "service_specific_credential_id"},
        ),
        "ResyncMFADevice": OperationSpec(
            "resync_mfa_device",
            {
                "UserName": "user_name",
                "SerialNumber": "serial_number",
                "AuthenticationCode1": "authentication_code1",
                "AuthenticationCode2": "authentication_code2",
            },
        ),
        "SendDelegationToken": OperationSpec(
            "send_delegation_token", {"DelegationRequestId": "delegation_request_id"}
        ),
        "SetDefaultPolicyVersion": OperationSpec(
            "set_default_policy_version", {"PolicyArn": "policy_arn", "VersionId": "version_id"}
        ),
        "SetSecurityTokenServicePreferences": OperationSpec(
            "set_security_token_service_preferences",
            {"GlobalEndpointTokenVersion": "global_endpoint_token_version"},
        ),
        "SimulateCustomPolicy": OperationSpec(
            "simulate_custom_policy",
            {
                "PolicyInputList": "policy_input_list",
                "PermissionsBoundaryPolicyInputList": "permissions_boundary_policy_input_list",
                "ActionNames": "action_names",
                "ResourceArns": "resource_arns",
                "ResourcePolicy": "resource_policy",
                "ResourceOwner": "resource_owner",
                "CallerArn": "caller_arn",
                "ContextEntries": "context_entries",
                "ResourceHandlingOption": "resource_handling_option",
                "MaxItems": "max_items",
                "Marker": "marker",
            },
        ),
        "SimulatePrincipalPolicy": OperationSpec(
            "simulate_principal_policy",
            {
                "PolicySourceArn": "policy_source_arn",
                "PolicyInputList": "policy_input_list",
                "PermissionsBoundaryPolicyInputList": "permissions_boundary_policy_input_list",
                "ActionNames": "action_names",
                "ResourceArns": "resource_arns",
                "ResourcePolicy": "resource_policy",
                "ResourceOwner": "resource_owner",
                "CallerArn": "caller_arn",
                "ContextEntries": "context_entries",
                "ResourceHandlingOption": "resource_handling_option",
                "MaxItems": "max_items",
                "Marker": "marker",
            },
        ),
        "TagInstanceProfile": OperationSpec(
            "tag_instance_profile", {"InstanceProfileName": "instance_profile_name", "Tags": "tags"}
        ),
        "TagMFADevice": OperationSpec("tag_mfa_device", {"SerialNumber": "serial_number", "Tags": "tags"}),
        "TagOpenIDConnectProvider": OperationSpec(
            "tag_open_id_connect_provider",
            {"OpenIDConnectProviderArn": "open_id_connect_provider_arn", "Tags": "tags"},
        ),
        "TagPolicy": OperationSpec("tag_policy", {"PolicyArn": "policy_arn", "Tags": "tags"}),
        "TagRole": OperationSpec("tag_role", {"RoleName": "role_name", "Tags": "tags"}),
        "TagSAMLProvider": OperationSpec(
            "tag_saml_provider", {"SAMLProviderArn": "saml_provider_arn", "Tags": "tags"}
        ),
        "TagServerCertificate": OperationSpec(
            "tag_server_certificate", {"ServerCertificateName": "server_certificate_name", "Tags": "tags"}
        ),
        "TagUser": OperationSpec("tag_user", {"UserName": "user_name", "Tags": "tags"}),
        "UntagInstanceProfile": OperationSpec(
            "untag_instance_profile", {"InstanceProfileName": "instance_profile_name", "TagKeys": "tag_keys"}
        ),
        "UntagMFADevice": OperationSpec(
            "untag_mfa_device", {"SerialNumber": "serial_number", "TagKeys": "tag_keys"}
        ),
        "UntagOpenIDConnectProvider": OperationSpec(
            "untag_open_id_connect_provider",
            {"OpenIDConnectProviderArn": "open_id_connect_provider_arn", "TagKeys": "tag_keys"},
        ),
        "UntagPolicy": OperationSpec("untag_policy", {"PolicyArn": "policy_arn", "TagKeys": "tag_keys"}),
        "UntagRole": OperationSpec("untag_role", {"RoleName": "role_name", "TagKeys": "tag_keys"}),
        "UntagSAMLProvider": OperationSpec(
            "untag_saml_provider", {"SAMLProviderArn": "saml_provider_arn", "TagKeys": "tag_keys"}
        ),
        "UntagServerCertificate": OperationSpec(
            "untag_server_certificate",
            {"ServerCertificateName": "server_certificate_name", "TagKeys": "tag_keys"},
        ),
        "UntagUser": OperationSpec("untag_user", {"UserName": "user_name", "TagKeys": "tag_keys"}),
        "UpdateAccessKey": OperationSpec(
            "update_access_key", {"UserName": "user_name", "AccessKeyId": "access_key_id", "Status": "status"}
        ),
        "UpdateAccountPasswordPolicy": OperationSpec(
            "update_account_password_policy",
            {
                "MinimumPasswordLength": "minimum_password_length",
                "RequireSymbols": "require_symbols",
                "RequireNumbers": "require_numbers",
                "RequireUppercaseCharacters": "require_uppercase_characters",
                "RequireLowercaseCharacters": "require_lowercase_characters",
                "AllowUsersToChangePassword": "allow_users_to_change_password",
                "MaxPasswordAge": "max_password_age",
                "PasswordReusePrevention": "password_reuse_prevention",
                "HardExpiry": "hard_expiry",
            },
        ),
        "UpdateAssumeRolePolicy": OperationSpec(
            "update_assume_role_policy", {"RoleName": "role_name", "PolicyDocument": "policy_document"}
        ),
        "UpdateDelegationRequest": OperationSpec(
            "update_delegation_request", {"DelegationRequestId": "delegation_request_id", "Notes": "notes"}
        ),
        "UpdateGroup": OperationSpec(
            "update_group",
            {"GroupName": "group_name", "NewPath": "new_path", "NewGroupName": "new_group_name"},
        ),
        "UpdateLoginProfile": OperationSpec(
            "update_login_profile",
            {
                "UserName": "user_name",
                "Password": "password",
                "PasswordResetRequired": "password_reset_required",
            },
        ),
        "UpdateOpenIDConnectProviderThumbprint": OperationSpec(
            "update_open_id_connect_provider_thumbprint",
            {"OpenIDConnectProviderArn": "open_id_connect_provider_arn", "ThumbprintList": "thumbprint_list"},
        ),
        "UpdateRole": OperationSpec(
            "update_role",
            {
                "RoleName": "role_name",
                "Description": "description",
                "MaxSessionDuration": "max_session_duration",
            },
        ),
        "UpdateRoleDescription": OperationSpec(
            "update_role_description", {"RoleName": "role_name", "Description": "description"}
        ),
        "UpdateSAMLProvider": OperationSpec(
            "update_saml_provider",
            {
                "SAMLMetadataDocument": "saml_metadata_document",
                "SAMLProviderArn": "saml_provider_arn",
                "AssertionEncryptionMode": "assertion_encryption_mode",
                "AddPrivateKey": "add_private_key",
                "RemovePrivateKey": "remove_private_key",
            },
        ),
        "UpdateSSHPublicKey": OperationSpec(
            "update_ssh_public_key",
            {"UserName": "user_name", "SSHPublicKeyId": "ssh_public_key_id", "Status": "status"},
        ),
        "UpdateServerCertificate": OperationSpec(
            "update_server_certificate",
            {
                "ServerCertificateName": "server_certificate_name",
                "NewPath": "new_path",
                "NewServerCertificateName": "new_server_certificate_name",
            },
        ),
        "UpdateServiceSpecificCredential": OperationSpec(
            "update_service_specific_credential",
            {
                "UserName": "user_name",
                "ServiceSpecificCredentialId": "service_specific_credential_id",
                "Status": "status",
            },
        ),
        "UpdateSigningCertificate": OperationSpec(
            "update_signing_certificate",
            {"UserName": "user_name", "CertificateId": "certificate_id", "Status": "status"},
        ),
        "UpdateUser": OperationSpec(
            "update_user", {"UserName": "user_name", "NewPath": "new_path", "NewUserName": "new_user_name"}
        ),
        "UploadSSHPublicKey": OperationSpec(
            "upload_ssh_public_key", {"UserName": "user_name", "SSHPublicKeyBody": "ssh_public_key_body"}
        ),
        "UploadServerCertificate": OperationSpec(
            "upload_server_certificate",
            {
                "Path": "path",
                "ServerCertificateName": "server_certificate_name",
                "CertificateBody": "certificate_body",
                "PrivateKey": "private_key",
                "CertificateChain": "certificate_chain",
                "Tags": "tags",
            },
        ),
        "UploadSigningCertificate": OperationSpec(
            "upload_signing_certificate", {"UserName": "user_name", "CertificateBody": "certificate_body"}
        ),
    }

    async def accept_delegation_request(
        self, context: RequestContext, *, delegation_request_id: delegationRequestIdType
    ) -> None:
        raise NotImplementedError

    async def add_client_id_to_open_id_connect_provider(
        self, context: RequestContext, *, open_id_connect_provider_arn: arnType, client_id: clientIDType
    ) -> None:
        raise NotImplementedError

    async def add_role_to_instance_profile(
        self,
        context: RequestContext,
        *,
        instance_profile_name: instanceProfileNameType,
        role_name: roleNameType,
    ) -> None:
        raise NotImplementedError

    async def add_user_to_group(
        self, context: RequestContext, *, group_name: groupNameType, user_name: existingUserNameType
    ) -> None:
        raise NotImplementedError

    async def associate_delegation_request(
        self, context: RequestContext, *, delegation_request_id: delegationRequestIdType
    ) -> None:
        raise NotImplementedError

    async def attach_group_policy(
        self, context: RequestContext, *, group_name: groupNameType, policy_arn: arnType
    ) -> None:
        raise NotImplementedError

    async def attach_role_policy(
        self, context: RequestContext, *, role_name: roleNameType, policy_arn: arnType
    ) -> None:
        raise NotImplementedError

    async def attach_user_policy(
        self, context: RequestContext, *, user_name: userNameType, policy_arn: arnType
    ) -> None:
        raise NotImplementedError

    async def change_password(
        self, context: RequestContext, *, old_password: passwordType, new_password: passwordType
    ) -> None:
        raise NotImplementedError

    async def create_access_key(
        self, context: RequestContext, *, user_name: existingUserNameType | None = None
    ) -> CreateAccessKeyResponse:
        raise NotImplementedError

    async def create_account_alias(self, context: RequestContext, *, account_alias: accountAliasType) -> None:
        raise NotImplementedError

    async def create_delegation_request(
        self,
        context: RequestContext,
        *,
        description: delegationRequestDescriptionType,
        permissions: DelegationPermission,
        requestor_workflow_id: requestorWorkflowIdType,
        notification_channel: notificationChannelType,
        session_duration: sessionDurationType,
        owner_account_id: accountIdType | None = None,
        request_message: requestMessageType | None = None,
        redirect_url: redirectUrlType | None = None,
        only_send_by_owner: booleanType | None = None,
    ) -> CreateDelegationRequestResponse:
        raise NotImplementedError

    async def create_group(
        self, context: RequestContext, *, group_name: groupNameType, path: pathType | None = None
    ) -> CreateGroupResponse:
        raise NotImplementedError

    async def create_instance_profile(
        self,
        context: RequestContext,
        *,
        instance_profile_name: instanceProfileNameType,
        path: pathType | None = None,
        tags: tagListType | None = None,
    ) -> CreateInstanceProfileResponse:
        raise NotImplementedError

    async def create_login_profile(
        self,
        context: RequestContext,
        *,
        user_name: userNameType | None = None,
        password: passwordType | None = None,
        password_reset_required: booleanType | None = None,
    ) -> CreateLoginProfileResponse:
        raise NotImplementedError

    async def create_open_id_connect_provider(
        self,
        context: RequestContext,
        *,
        url: OpenIDConnectProviderUrlType,
        client_id_list: clientIDListType | None = None,
        thumbprint_list: thumbprintListType | None = None,
        tags: tagListType | None = None,
    ) -> CreateOpenIDConnectProviderResponse:
        raise NotImplementedError

    async def create_policy(
        self,
        context: RequestContext,
        *,
        policy_name: policyNameType,
        policy_document: policyDocumentType,
        path: policyPathType | None = None,
        description: policyDescriptionType | None = None,
        tags: tagListType | None = None,
    ) -> CreatePolicyResponse:
        raise NotImplementedError

    async def create_policy_version(
        self,
        context: RequestContext,
        *,
        policy_arn: arnType,
        policy_document: policyDocumentType,
        set_as_default: booleanType | None = None,
    ) -> CreatePolicyVersionResponse:
        raise NotImplementedError

    async def create_role(
        self,
        context: RequestContext,
        *,
        role_name: roleNameType,
        assume_role_policy_document: policyDocumentType,
        path: pathType | None = None,
        description: roleDescriptionType | None = None,
        max_session_duration: roleMaxSessionDurationType | None = None,
        permissions_boundary: arnType | None = None,
        tags: tagListType | None = None,
    ) -> CreateRoleResponse:
        raise NotImplementedError

    async def create_saml_provider(
        self,
        context: RequestContext,
        *,
        saml_metadata_document: SAMLMetadataDocumentType,
        name: SAMLProviderNameType,
        tags: tagListType | None = None,
        assertion_encryption_mode: assertionEncryptionModeType | None = None,
        add_private_key: privateKeyType | None = None,
    ) -> CreateSAMLProviderResponse:
        raise NotImplementedError

    async def create_service_linked_role(
        self,
        context: RequestContext,
        *,
        aws_service_name: groupNameType,
        description: roleDescriptionType | None = None,
        custom_suffix: customSuffixType | None = None,
    ) -> CreateServiceLinkedRoleResponse:
        raise NotImplementedError

    async def create_service_specific_credential(
        self,
        context: RequestContext,
        *,
        user_name: userNameType,
        service_name: serviceName,
        credential_age_days: credentialAgeDays | None = None,
    ) -> CreateServiceSpecificCredentialResponse:
        raise NotImplementedError

    async def create_user(
        self,
        context: RequestContext,
        *,
        user_name: userNameType,
        path: pathType | None = None,
        permissions_boundary: arnType | None = None,
        tags: tagListType | None = None,
    ) -> CreateUserResponse:
        raise NotImplementedError

    async def create_virtual_mfa_device(
        self,
        context: RequestContext,
        *,
        virtual_mfa_device_name: virtualMFADeviceName,
        path: pathType | None = None,
        tags: tagListType | None = None,
    ) -> CreateVirtualMFADeviceResponse:
        raise NotImplementedError

    async def deactivate_mfa_device(
        self,
        context: RequestContext,
        *,
        serial_number: serialNumberType,
        user_name: existingUserNameType | None = None,
    ) -> None:
        raise NotImplementedError

    async def delete_access_key(
        self,
        context: RequestContext,
        *,
        access_key_id: accessKeyIdType,
        user_name: existingUserNameType | None = None,
    ) -> None:
        raise NotImplementedError

    async def delete_account_alias(self, context: RequestContext, *, account_alias: accountAliasType) -> None:
        raise NotImplementedError

    async def delete_account_password_policy(self, context: RequestContext) -> None:
        raise NotImplementedError

    async def delete_group(self, context: RequestContext, *, group_name: groupNameType) -> None:
        raise NotImplementedError

    async def delete_group_policy(
        self, context: RequestContext, *, group_name: groupNameType, policy_name: policyNameType
    ) -> None:
        raise NotImplementedError

    async def delete_instance_profile(
        self, context: RequestContext, *, instance_profile_name: instanceProfileNameType
    ) -> None:
        raise NotImplementedError

    async def delete_login_profile(
        self, context: RequestContext, *, user_name: userNameType | None = None
    ) -> None:
        raise NotImplementedError

    async def delete_open_id_connect_provider(
        self, context: RequestContext, *, open_id_connect_provider_arn: arnType
    ) -> None:
        raise NotImplementedError

    async def delete_policy(self, context: RequestContext, *, policy_arn: arnType) -> None:
        raise NotImplementedError

    async def delete_policy_version(
        self, context: RequestContext, *, policy_arn: arnType, version_id: policyVersionIdType
    ) -> None:
        raise NotImplementedError

    async def delete_role(self, context: RequestContext, *, role_name: roleNameType) -> None:
        raise NotImplementedError

    async def delete_role_permissions_boundary(
        self, context: RequestContext, *, role_name: roleNameType
    ) -> None:
        raise NotImplementedError

    async def delete_role_policy(
        self, context: RequestContext, *, role_name: roleNameType, policy_name: policyNameType
    ) -> None:
        raise NotImplementedError

    async def delete_saml_provider(self, context: RequestContext, *, saml_provider_arn: arnType) -> None:
        raise NotImplementedError

    async def delete_ssh_public_key(
        self, context: RequestContext, *, user_name: userNameType, ssh_public_key_id: publicKeyIdType
    ) -> None:
        raise NotImplementedError

    async def delete_server_certificate(
        self, context: RequestContext, *, server_certificate_name: serverCertificateNameType
    ) -> None:
        raise NotImplementedError

    async def delete_service_linked_role(
        self, context: RequestContext, *, role_name: roleNameType
    ) -> DeleteServiceLinkedRoleResponse:
        raise NotImplementedError

    async def delete_service_specific_credential(
        self,
        context: RequestContext,
        *,
        service_specific_credential_id: serviceSpecificCredentialId,
        user_name: userNameType | None = None,
    ) -> None:
        raise NotImplementedError

    async def delete_signing_certificate(
        self,
        context: RequestContext,
        *,
        certificate_id: certificateIdType,
        user_name: existingUserNameType | None = None,
    ) -> None:
        raise NotImplementedError

    async def delete_user(self, context: RequestContext, *, user_name: existingUserNameType) -> None:
        raise NotImplementedError

    async def delete_user_permissions_boundary(
        self, context: RequestContext, *, user_name: userNameType
    ) -> None:
        raise NotImplementedError

    async def delete_user_policy(
        self, context: RequestContext, *, user_name: existingUserNameType, policy_name: policyNameType
    ) -> None:
        raise NotImplementedError

    async def delete_virtual_mfa_device(
        self, context: RequestContext, *, serial_number: serialNumberType
    ) -> None:
        raise NotImplementedError

    async def detach_group_policy(
        self, context: RequestContext, *, group_name: groupNameType, policy_arn: arnType
    ) -> None:
        raise NotImplementedError

    async def detach_role_policy(
        self, context: RequestContext, *, role_name: roleNameType, policy_arn: arnType
    ) -> None:
        raise NotImplementedError

    async def detach_user_policy(
        self, context: RequestContext, *, user_name: userNameType, policy_arn: arnType
    ) -> None:
        raise NotImplementedError

    async def disable_organizations_root_credentials_management(
        self, context: RequestContext
    ) -> DisableOrganizationsRootCredentialsManagementResponse:
        raise NotImplementedError

    async def disable_organizations_root_sessions(
        self, context: RequestContext
    ) -> DisableOrganizationsRootSessionsResponse:
        raise NotImplementedError

    async def disable_outbound_web_identity_federation(self, context: RequestContext) -> None:
        raise NotImplementedError

    async def enable_mfa_device(
        self,
        context: RequestContext,
        *,
        user_name: existingUserNameType,
        serial_number: serialNumberType,
        authentication_code1: authenticationCodeType,
        authentication_code2: authenticationCodeType,
    ) -> None:
        raise NotImplementedError

    async def enable_organizations_root_credentials_management(
        self, context: RequestContext
    ) -> EnableOrganizationsRootCredentialsManagementResponse:
        raise NotImplementedError

    async def enable_organizations_root_sessions(
        self, context: RequestContext
    ) -> EnableOrganizationsRootSessionsResponse:
        raise NotImplementedError

    async def enable_outbound_web_identity_federation(
        self, context: RequestContext
    ) -> EnableOutboundWebIdentityFederationResponse:
        raise NotImplementedError

    async def generate_credential_report(self, context: RequestContext) -> GenerateCredentialReportResponse:
        raise NotImplementedError

    async def generate_organizations_access_report(
        self,
        context: RequestContext,
        *,
        entity_path: organizationsEntityPathType,
        organizations_policy_id: organizationsPolicyIdType | None = None,
    ) -> GenerateOrganizationsAccessReportResponse:
        raise NotImplementedError

    async def generate_service_last_accessed_details(
        self,
        context: RequestContext,
        *,
        arn: arnType,
        granularity: AccessAdvisorUsageGranularityType | None = None,
    ) -> GenerateServiceLastAccessedDetailsResponse:
        raise NotImplementedError

    async def get_access_key_last_used(
        self, context: RequestContext, *, access_key_id: accessKeyIdType
    ) -> GetAccessKeyLastUsedResponse:
        raise NotImplementedError

    async def get_account_authorization_details(
        self,
        context: RequestContext,
        *,
        filter: entityListType | None = None,
        max_items: maxItemsType | None = None,
        marker: markerType | None = None,
    ) -> GetAccountAuthorizationDetailsResponse:
        raise NotImplementedError

    async def get_account_password_policy(self, context: RequestContext) -> GetAccountPasswordPolicyResponse:
        raise NotImplementedError

    async def get_account_summary(self, context: RequestContext) -> GetAccountSummaryResponse:
        raise NotImplementedError

    async def get_context_keys_for_custom_policy(
        self, context: RequestContext, *, policy_input_list: SimulationPolicyListType
    ) -> GetContextKeysForPolicyResponse:
        raise NotImplementedError

    async def get_context_keys_for_principal_policy(
        self,
        context: RequestContext,
        *,
        policy_source_arn: arnType,
        policy_input_list: SimulationPolicyListType | None = None,
    ) -> GetContextKeysForPolicyResponse:
        raise NotImplementedError

    async def get_credential_report(self, context: RequestContext) -> GetCredentialReportResponse:
        raise NotImplementedError

    async def get_delegation_request(
        self,
        context: RequestContext,
        *,
        delegation_request_id: delegationRequestIdType,
        delegation_permission_check: booleanType | None = None,
    ) -> GetDelegationRequestResponse:
        raise NotImplementedError

    async def get_group(
        self,
        context: RequestContext,
        *,
        group_name: groupNameType,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> GetGroupResponse:
        raise NotImplementedError

    async def get_group_policy(
        self, context: RequestContext, *, group_name: groupNameType, policy_name: policyNameType
    ) -> GetGroupPolicyResponse:
        raise NotImplementedError

    async def get_human_readable_summary(
        self, context: RequestContext, *, entity_arn: arnType, locale: localeType | None = None
    ) -> GetHumanReadableSummaryResponse:
        raise NotImplementedError

    async def get_instance_profile(
        self, context: RequestContext, *, instance_profile_name: instanceProfileNameType
    ) -> GetInstanceProfileResponse:
        raise NotImplementedError

    async def get_login_profile(
        self, context: RequestContext, *, user_name: userNameType | None = None
    ) -> GetLoginProfileResponse:
        raise NotImplementedError

    async def get_mfa_device(
        self,
        context: RequestContext,
        *,
        serial_number: serialNumberType,
        user_name: userNameType | None = None,
    ) -> GetMFADeviceResponse:
        raise NotImplementedError

    async def get_open_id_connect_provider(
        self, context: RequestContext, *, open_id_connect_provider_arn: arnType
    ) -> GetOpenIDConnectProviderResponse:
        raise NotImplementedError

    async def get_organizations_access_report(
        self,
        context: RequestContext,
        *,
        job_id: jobIDType,
        max_items: maxItemsType | None = None,
        marker: markerType | None = None,
        sort_key: sortKeyType | None = None,
    ) -> GetOrganizationsAccessReportResponse:
        raise NotImplementedError

    async def get_outbound_web_identity_federation_info(
        self, context: RequestContext
    ) -> GetOutboundWebIdentityFederationInfoResponse:
        raise NotImplementedError

    async def get_policy(self, context: RequestContext, *, policy_arn: arnType) -> GetPolicyResponse:
        raise NotImplementedError

    async def get_policy_version(
        self, context: RequestContext, *, policy_arn: arnType, version_id: policyVersionIdType
    ) -> GetPolicyVersionResponse:
        raise NotImplementedError

    async def get_role(self, context: RequestContext, *, role_name: roleNameType) -> GetRoleResponse:
        raise NotImplementedError

    async def get_role_policy(
        self, context: RequestContext, *, role_name: roleNameType, policy_name: policyNameType
    ) -> GetRolePolicyResponse:
        raise NotImplementedError

    async def get_saml_provider(
        self, context: RequestContext, *, saml_provider_arn: arnType
    ) -> GetSAMLProviderResponse:
        raise NotImplementedError

    async def get_ssh_public_key(
        self,
        context: RequestContext,
        *,
        user_name: userNameType,
        ssh_public_key_id: publicKeyIdType,
        encoding: encodingType,
    ) -> GetSSHPublicKeyResponse:
        raise NotImplementedError

    async def get_server_certificate(
        self, context: RequestContext, *, server_certificate_name: serverCertificateNameType
    ) -> GetServerCertificateResponse:
        raise NotImplementedError

    async def get_service_last_accessed_details(
        self,
        context: RequestContext,
        *,
        job_id: jobIDType,
        max_items: maxItemsType | None = None,
        marker: markerType | None = None,
    ) -> GetServiceLastAccessedDetailsResponse:
        raise NotImplementedError

    async def get_service_last_accessed_details_with_entities(
        self,
        context: RequestContext,
        *,
        job_id: jobIDType,
        service_namespace: serviceNamespaceType,
        max_items: maxItemsType | None = None,
        marker: markerType | None = None,
    ) -> GetServiceLastAccessedDetailsWithEntitiesResponse:
        raise NotImplementedError

    async def get_service_linked_role_deletion_status(
        self, context: RequestContext, *, deletion_task_id: DeletionTaskIdType
    ) -> GetServiceLinkedRoleDeletionStatusResponse:
        raise NotImplementedError

    async def get_user(
        self, context: RequestContext, *, user_name: existingUserNameType | None = None
    ) -> GetUserResponse:
        raise NotImplementedError

    async def get_user_policy(
        self, context: RequestContext, *, user_name: existingUserNameType, policy_name: policyNameType
    ) -> GetUserPolicyResponse:
        raise NotImplementedError

    async def list_access_keys(
        self,
        context: RequestContext,
        *,
        user_name: existingUserNameType | None = None,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListAccessKeysResponse:
        raise NotImplementedError

    async def list_account_aliases(
        self,
        context: RequestContext,
        *,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListAccountAliasesResponse:
        raise NotImplementedError

    async def list_attached_group_policies(
        self,
        context: RequestContext,
        *,
        group_name: groupNameType,
        path_prefix: policyPathType | None = None,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListAttachedGroupPoliciesResponse:
        raise NotImplementedError

    async def list_attached_role_policies(
        self,
        context: RequestContext,
        *,
        role_name: roleNameType,
        path_prefix: policyPathType | None = None,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListAttachedRolePoliciesResponse:
        raise NotImplementedError

    async def list_attached_user_policies(
        self,
        context: RequestContext,
        *,
        user_name: userNameType,
        path_prefix: policyPathType | None = None,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListAttachedUserPoliciesResponse:
        raise NotImplementedError

    async def list_delegation_requests(
        self,
        context: RequestContext,
        *,
        owner_id: ownerIdType | None = None,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListDelegationRequestsResponse:
        raise NotImplementedError

    async def list_entities_for_policy(
        self,
        context: RequestContext,
        *,
        policy_arn: arnType,
        entity_filter: EntityType | None = None,
        path_prefix: pathType | None = None,
        policy_usage_filter: PolicyUsageType | None = None,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListEntitiesForPolicyResponse:
        raise NotImplementedError

    async def list_group_policies(
        self,
        context: RequestContext,
        *,
        group_name: groupNameType,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListGroupPoliciesResponse:
        raise NotImplementedError

    async def list_groups(
        self,
        context: RequestContext,
        *,
        path_prefix: pathPrefixType | None = None,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListGroupsResponse:
        raise NotImplementedError

    async def list_groups_for_user(
        self,
        context: RequestContext,
        *,
        user_name: existingUserNameType,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListGroupsForUserResponse:
        raise NotImplementedError

    async def list_instance_profile_tags(
        self,
        context: RequestContext,
        *,
        instance_profile_name: instanceProfileNameType,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListInstanceProfileTagsResponse:
        raise NotImplementedError

    async def list_instance_profiles(
        self,
        context: RequestContext,
        *,
        path_prefix: pathPrefixType | None = None,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListInstanceProfilesResponse:
        raise NotImplementedError

    async def list_instance_profiles_for_role(
        self,
        context: RequestContext,
        *,
        role_name: roleNameType,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListInstanceProfilesForRoleResponse:
        raise NotImplementedError

    async def list_mfa_device_tags(
        self,
        context: RequestContext,
        *,
        serial_number: serialNumberType,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListMFADeviceTagsResponse:
        raise NotImplementedError

    async def list_mfa_devices(
        self,
        context: RequestContext,
        *,
        user_name: existingUserNameType | None = None,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListMFADevicesResponse:
        raise NotImplementedError

    async def list_open_id_connect_provider_tags(
        self,
        context: RequestContext,
        *,
        open_id_connect_provider_arn: arnType,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListOpenIDConnectProviderTagsResponse:
        raise NotImplementedError

    async def list_open_id_connect_providers(
        self, context: RequestContext
    ) -> ListOpenIDConnectProvidersResponse:
        raise NotImplementedError

    async def list_organizations_features(self, context: RequestContext) -> ListOrganizationsFeaturesResponse:
        raise NotImplementedError

    async def list_policies(
        self,
        context: RequestContext,
        *,
        scope: policyScopeType | None = None,
        only_attached: booleanType | None = None,
        path_prefix: policyPathType | None = None,
        policy_usage_filter: PolicyUsageType | None = None,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListPoliciesResponse:
        raise NotImplementedError

    async def list_policies_granting_service_access(
        self,
        context: RequestContext,
        *,
        arn: arnType,
        service_namespaces: serviceNamespaceListType,
        marker: markerType | None = None,
    ) -> ListPoliciesGrantingServiceAccessResponse:
        raise NotImplementedError

    async def list_policy_tags(
        self,
        context: RequestContext,
        *,
        policy_arn: arnType,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListPolicyTagsResponse:
        raise NotImplementedError

    async def list_policy_versions(
        self,
        context: RequestContext,
        *,
        policy_arn: arnType,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListPolicyVersionsResponse:
        raise NotImplementedError

    async def list_role_policies(
        self,
        context: RequestContext,
        *,
        role_name: roleNameType,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListRolePoliciesResponse:
        raise NotImplementedError

    async def list_role_tags(
        self,
        context: RequestContext,
        *,
        role_name: roleNameType,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListRoleTagsResponse:
        raise NotImplementedError

    async def list_roles(
        self,
        context: RequestContext,
        *,
        path_prefix: pathPrefixType | None = None,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListRolesResponse:
        raise NotImplementedError

    async def list_saml_provider_tags(
        self,
        context: RequestContext,
        *,
        saml_provider_arn: arnType,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListSAMLProviderTagsResponse:
        raise NotImplementedError

    async def list_saml_providers(self, context: RequestContext) -> ListSAMLProvidersResponse:
        raise NotImplementedError

    async def list_ssh_public_keys(
        self,
        context: RequestContext,
        *,
        user_name: userNameType | None = None,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListSSHPublicKeysResponse:
        raise NotImplementedError

    async def list_server_certificate_tags(
        self,
        context: RequestContext,
        *,
        server_certificate_name: serverCertificateNameType,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListServerCertificateTagsResponse:
        raise NotImplementedError

    async def list_server_certificates(
        self,
        context: RequestContext,
        *,
        path_prefix: pathPrefixType | None = None,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListServerCertificatesResponse:
        raise NotImplementedError

    async def list_service_specific_credentials(
        self,
        context: RequestContext,
        *,
        user_name: userNameType | None = None,
        service_name: serviceName | None = None,
        all_users: allUsers | None = None,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListServiceSpecificCredentialsResponse:
        raise NotImplementedError

    async def list_signing_certificates(
        self,
        context: RequestContext,
        *,
        user_name: existingUserNameType | None = None,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListSigningCertificatesResponse:
        raise NotImplementedError

    async def list_user_policies(
        self,
        context: RequestContext,
        *,
        user_name: existingUserNameType,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListUserPoliciesResponse:
        raise NotImplementedError

    async def list_user_tags(
        self,
        context: RequestContext,
        *,
        user_name: existingUserNameType,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListUserTagsResponse:
        raise NotImplementedError

    async def list_users(
        self,
        context: RequestContext,
        *,
        path_prefix: pathPrefixType | None = None,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListUsersResponse:
        raise NotImplementedError

    async def list_virtual_mfa_devices(
        self,
        context: RequestContext,
        *,
        assignment_status: assignmentStatusType | None = None,
        marker: markerType | None = None,
        max_items: maxItemsType | None = None,
    ) -> ListVirtualMFADevicesResponse:
        raise NotImplementedError

    async def put_group_policy(
        self,
        context: RequestContext,
        *,
        group_name: groupNameType,
        policy_name: policyNameType,
        policy_document: policyDocumentType,
    ) -> None:
        raise NotImplementedError

    async def put_role_permissions_boundary(
        self, context: RequestContext, *, role_name: roleNameType, permissions_boundary: arnType
    ) -> None:
        raise NotImplementedError

    async def put_role_policy(
        self,
        context: RequestContext,
        *,
        role_name: roleNameType,
        policy_name: policyNameType,
        policy_document: policyDocumentType,
    ) -> None:
        raise NotImplementedError

    async def put_user_permissions_boundary(
        self, context: RequestContext, *, user_name: userNameType, permissions_boundary: arnType
    ) -> None:
        raise NotImplementedError

    async def put_user_policy(
        self,
        context: RequestContext,
        *,
        user_name: existingUserNameType,
        policy_name: policyNameType,
        policy_document: policyDocumentType,
    ) -> None:
        raise NotImplementedError

    async def reject_delegation_request(
        self,
        context: RequestContext,
        *,
        delegation_request_id: delegationRequestIdType,
        notes: notesType | None = None,
    ) -> None:
        raise NotImplementedError

    async def remove_client_id_from_open_id_connect_provider(
        self, context: RequestContext, *, open_id_connect_provider_arn: arnType, client_id: clientIDType
    ) -> None:
        raise NotImplementedError

    async def remove_role_from_instance_profile(
        self,
        context: RequestContext,
        *,
        instance_profile_name: instanceProfileNameType,
        role_name: roleNameType,
    ) -> None:
        raise NotImplementedError

    async def remove_user_from_group(
        self, context: RequestContext, *, group_name: groupNameType, user_name: existingUserNameType
    ) -> None:
        raise NotImplementedError

    async def reset_service_specific_credential(
        self,
        context: RequestContext,
        *,
        service_specific_credential_id: serviceSpecificCredentialId,
        user_name: userNameType | None = None,
    ) -> ResetServiceSpecificCredentialResponse:
        raise NotImplementedError

    async def resync_mfa_device(
        self,
        context: RequestContext,
        *,
        user_name: existingUserNameType,
        serial_number: serialNumberType,
        authentication_code1: authenticationCodeType,
        authentication_code2: authenticationCodeType,
    ) -> None:
        raise NotImplementedError

    async def send_delegation_token(
        self, context: RequestContext, *, delegation_request_id: delegationRequestIdType
    ) -> None:
        raise NotImplementedError

    async def set_default_policy_version(
        self, context: RequestContext, *, policy_arn: arnType, version_id: policyVersionIdType
    ) -> None:
        raise NotImplementedError

    async def set_security_token_service_preferences(
        self, context: RequestContext, *, global_endpoint_token_version: globalEndpointTokenVersion
    ) -> None:
        raise NotImplementedError

    async def simulate_custom_policy(
        self,
        context: RequestContext,
        *,
        policy_input_list: SimulationPolicyListType,
        action_names: ActionNameListType,
        permissions_boundary_policy_input_list: SimulationPolicyListType | None = None,
        resource_arns: ResourceNameListType | None = None,
        resource_policy: policyDocumentType | None = None,
        resource_owner: ResourceNameType | None = None,
        caller_arn: ResourceNameType | None = None,
        context_entries: ContextEntryListType | None = None,
        resource_handling_option: ResourceHandlingOptionType | None = None,
        max_items: maxItemsType | None = None,
        marker: markerType | None = None,
    ) -> SimulatePolicyResponse:
        raise NotImplementedError

    async def simulate_principal_policy(
        self,
        context: RequestContext,
        *,
        policy_source_arn: arnType,
        action_names: ActionNameListType,
        policy_input_list: SimulationPolicyListType | None = None,
        permissions_boundary_policy_input_list: SimulationPolicyListType | None = None,
        resource_arns: ResourceNameListType | None = None,
        resource_policy: policyDocumentType | None = None,
        resource_owner: ResourceNameType | None = None,
        caller_arn: ResourceNameType | None = None,
        context_entries: ContextEntryListType | None = None,
        resource_handling_option: ResourceHandlingOptionType | None = None,
        max_items: maxItemsType | None = None,
        marker: markerType | None = None,
    ) -> SimulatePolicyResponse:
        raise NotImplementedError

    async def tag_instance_profile(
        self, context: RequestContext, *, instance_profile_name: instanceProfileNameType, tags: tagListType
    ) -> None:
        raise NotImplementedError

    async def tag_mfa_device(
        self, context: RequestContext, *, serial_number: serialNumberType, tags: tagListType
    ) -> None:
        raise NotImplementedError

    async def tag_open_id_connect_provider(
        self, context: RequestContext, *, open_id_connect_provider_arn: arnType, tags: tagListType
    ) -> None:
        raise NotImplementedError

    async def tag_policy(self, context: RequestContext, *, policy_arn: arnType, tags: tagListType) -> None:
        raise NotImplementedError

    async def tag_role(self, context: RequestContext, *, role_name: roleNameType, tags: tagListType) -> None:
        raise NotImplementedError

    async def tag_saml_provider(
        self, context: RequestContext, *, saml_provider_arn: arnType, tags: tagListType
    ) -> None:
        raise NotImplementedError

    async def tag_server_certificate(
        self,
        context: RequestContext,
        *,
        server_certificate_name: serverCertificateNameType,
        tags: tagListType,
    ) -> None:
        raise NotImplementedError

    async def tag_user(
        self, context: RequestContext, *, user_name: existingUserNameType, tags: tagListType
    ) -> None:
        raise NotImplementedError

    async def untag_instance_profile(
        self,
        context: RequestContext,
        *,
        instance_profile_name: instanceProfileNameType,
        tag_keys: tagKeyListType,
    ) -> None:
        raise NotImplementedError

    async def untag_mfa_device(
        self, context: RequestContext, *, serial_number: serialNumberType, tag_keys: tagKeyListType
    ) -> None:
        raise NotImplementedError

    async def untag_open_id_connect_provider(
        self, context: RequestContext, *, open_id_connect_provider_arn: arnType, tag_keys: tagKeyListType
    ) -> None:
        raise NotImplementedError

    async def untag_policy(
        self, context: RequestContext, *, policy_arn: arnType, tag_keys: tagKeyListType
    ) -> None:
        raise NotImplementedError

    async def untag_role(
        self, context: RequestContext, *, role_name: roleNameType, tag_keys: tagKeyListType
    ) -> None:
        raise NotImplementedError

    async def untag_saml_provider(
        self, context: RequestContext, *, saml_provider_arn: arnType, tag_keys: tagKeyListType
    ) -> None:
        raise NotImplementedError

    async def untag_server_certificate(
        self,
        context: RequestContext,
        *,
        server_certificate_name: serverCertificateNameType,
        tag_keys: tagKeyListType,
    ) -> None:
        raise NotImplementedError

    async def untag_user(
        self, context: RequestContext, *, user_name: existingUserNameType, tag_keys: tagKeyListType
    ) -> None:
        raise NotImplementedError

    async def update_access_key(
        self,
        context: RequestContext,
        *,
        access_key_id: accessKeyIdType,
        status: statusType,
        user_name: existingUserNameType | None = None,
    ) -> None:
        raise NotImplementedError

    async def update_account_password_policy(
        self,
        context: RequestContext,
        *,
        minimum_password_length: minimumPasswordLengthType | None = None,
        require_symbols: booleanType | None = None,
        require_numbers: booleanType | None = None,
        require_uppercase_characters: booleanType | None = None,
        require_lowercase_characters: booleanType | None = None,
        allow_users_to_change_password: booleanType | None = None,
        max_password_age: maxPasswordAgeType | None = None,
        password_reuse_prevention: passwordReusePreventionType | None = None,
        hard_expiry: booleanObjectType | None = None,
    ) -> None:
        raise NotImplementedError

    async def update_assume_role_policy(
        self, context: RequestContext, *, role_name: roleNameType, policy_document: policyDocumentType
    ) -> None:
        raise NotImplementedError

    async def update_delegation_request(
        self,
        context: RequestContext,
        *,
        delegation_request_id: delegationRequestIdType,
        notes: notesType | None = None,
    ) -> None:
        raise NotImplementedError

    async def update_group(
        self,
        context: RequestContext,
        *,
        group_name: groupNameType,
        new_path: pathType | None = None,
        new_group_name: groupNameType | None = None,
    ) -> None:
        raise NotImplementedError

    async def update_login_profile(
        self,
        context: RequestContext,
        *,
        user_name: userNameType,
        password: passwordType | None = None,
        password_reset_required: booleanObjectType | None = None,
    ) -> None:
        raise NotImplementedError

    async def update_open_id_connect_provider_thumbprint(
        self,
        context: RequestContext,
        *,
        open_id_connect_provider_arn: arnType,
        thumbprint_list: thumbprintListType,
    ) -> None:
        raise NotImplementedError

    async def update_role(
        self,
        context: RequestContext,
        *,
        role_name: roleNameType,
        description: roleDescriptionType | None = None,
        max_session_duration: roleMaxSessionDurationType | None = None,
    ) -> UpdateRoleResponse:
        raise NotImplementedError

    async def update_role_description(
        self, context: RequestContext, *, role_name: roleNameType, description: roleDescriptionType
    ) -> UpdateRoleDescriptionResponse:
        raise NotImplementedError

    async def update_saml_provider(
        self,
        context: RequestContext,
        *,
        saml_provider_arn: arnType,
        saml_metadata_document: SAMLMetadataDocumentType | None = None,
        assertion_encryption_mode: assertionEncryptionModeType | None = None,
        add_private_key: privateKeyType | None = None,
        remove_private_key: privateKeyIdType | None = None,
    ) -> UpdateSAMLProviderResponse:
        raise NotImplementedError

    async def update_ssh_public_key(
        self,
        context: RequestContext,
        *,
        user_name: userNameType,
        ssh_public_key_id: publicKeyIdType,
        status: statusType,
    ) -> None:
        raise NotImplementedError

    async def update_server_certificate(
        self,
        context: RequestContext,
        *,
        server_certificate_name: serverCertificateNameType,
        new_path: pathType | None = None,
        new_server_certificate_name: serverCertificateNameType | None = None,
    ) -> None:
        raise NotImplementedError

    async def update_service_specific_credential(
        self,
        context: RequestContext,
        *,
        service_specific_credential_id: serviceSpecificCredentialId,
        status: statusType,
        user_name: userNameType | None = None,
    ) -> None:
        raise NotImplementedError

    async def update_signing_certificate(
        self,
        context: RequestContext,
        *,
        certificate_id: certificateIdType,
        status: statusType,
        user_name: existingUserNameType | None = None,
    ) -> None:
        raise NotImplementedError

    async def update_user(
        self,
        context: RequestContext,
        *,
        user_name: existingUserNameType,
        new_path: pathType | None = None,
        new_user_name: userNameType | None = None,
    ) -> None:
        raise NotImplementedError

    async def upload_ssh_public_key(
        self, context: RequestContext, *, user_name: userNameType, ssh_public_key_body: publicKeyMaterialType
    ) -> UploadSSHPublicKeyResponse:
        raise NotImplementedError

    async def upload_server_certificate(
        self,
        context: RequestContext,
        *,
        server_certificate_name: serverCertificateNameType,
        certificate_body: certificateBodyType,
        private_key: privateKeyType,
        path: pathType | None = None,
        certificate_chain: certificateChainType | None = None,
        tags: tagListType | None = None,
    ) -> UploadServerCertificateResponse:
        raise NotImplementedError

    async def upload_signing_certificate(
        self,
        context: RequestContext,
        *,
        certificate_body: certificateBodyType,
        user_name: existingUserNameType | None = None,
    ) -> UploadSigningCertificateResponse:
        raise NotImplementedError
