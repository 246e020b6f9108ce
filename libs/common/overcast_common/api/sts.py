# Generated from botocore 1.43.11's sts model (API 2011-06-15).
# Do not edit: regenerate with `python -m overcast_common.codegen sts`.
"""Typed API of AWS Security Token Service: shapes, errors and ``StsApi``."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar, NotRequired, TypedDict

from overcast_common.context import RequestContext
from overcast_common.errors import ServiceError
from overcast_common.service import OperationSpec, ServiceApi

Audience = str
Issuer = str
NameQualifier = str
RootDurationSecondsType = int
SAMLAssertionType = str
Subject = str
SubjectType = str
TargetPrincipalType = str
accessKeyIdType = str
accessKeySecretType = str
accountType = str
arnType = str
assumedRoleIdType = str
clientTokenType = str
contextAssertionType = str
dateType = datetime
decodedMessageType = str
durationSecondsType = int
encodedMessageType = str
expiredIdentityTokenMessage = str
expiredTradeInTokenExceptionMessage = str
externalIdType = str
federatedIdType = str
idpCommunicationErrorMessage = str
idpRejectedClaimMessage = str
invalidAuthorizationMessage = str
invalidIdentityTokenMessage = str
jwtAlgorithmType = str
jwtPayloadSizeExceededException = str
malformedPolicyDocumentMessage = str
nonNegativeIntegerType = int
outboundWebIdentityFederationDisabledException = str
packedPolicyTooLargeMessage = str
regionDisabledMessage = str
roleDurationSecondsType = int
roleSessionNameType = str
serialNumberType = str
sessionDurationEscalationException = str
sessionPolicyDocumentType = str
sourceIdentityType = str
tagKeyType = str
tagValueType = str
tokenCodeType = str
tokenType = str
tradeInTokenType = str
unrestrictedSessionPolicyDocumentType = str
urlType = str
userIdType = str
userNameType = str
webIdentitySubjectType = str
webIdentityTokenAudienceStringType = str
webIdentityTokenDurationSecondsType = int
webIdentityTokenType = str


class AssumeRoleRequest(TypedDict):
    RoleArn: arnType
    RoleSessionName: roleSessionNameType
    PolicyArns: NotRequired[policyDescriptorListType]
    Policy: NotRequired[unrestrictedSessionPolicyDocumentType]
    DurationSeconds: NotRequired[roleDurationSecondsType]
    Tags: NotRequired[tagListType]
    TransitiveTagKeys: NotRequired[tagKeyListType]
    ExternalId: NotRequired[externalIdType]
    SerialNumber: NotRequired[serialNumberType]
    TokenCode: NotRequired[tokenCodeType]
    SourceIdentity: NotRequired[sourceIdentityType]
    ProvidedContexts: NotRequired[ProvidedContextsListType]


class AssumeRoleResponse(TypedDict):
    Credentials: NotRequired[Credentials]
    AssumedRoleUser: NotRequired[AssumedRoleUser]
    PackedPolicySize: NotRequired[nonNegativeIntegerType]
    SourceIdentity: NotRequired[sourceIdentityType]


class AssumeRoleWithSAMLRequest(TypedDict):
    RoleArn: arnType
    PrincipalArn: arnType
    SAMLAssertion: SAMLAssertionType
    PolicyArns: NotRequired[policyDescriptorListType]
    Policy: NotRequired[sessionPolicyDocumentType]
    DurationSeconds: NotRequired[roleDurationSecondsType]


class AssumeRoleWithSAMLResponse(TypedDict):
    Credentials: NotRequired[Credentials]
    AssumedRoleUser: NotRequired[AssumedRoleUser]
    PackedPolicySize: NotRequired[nonNegativeIntegerType]
    Subject: NotRequired[Subject]
    SubjectType: NotRequired[SubjectType]
    Issuer: NotRequired[Issuer]
    Audience: NotRequired[Audience]
    NameQualifier: NotRequired[NameQualifier]
    SourceIdentity: NotRequired[sourceIdentityType]


class AssumeRoleWithWebIdentityRequest(TypedDict):
    RoleArn: arnType
    RoleSessionName: roleSessionNameType
    WebIdentityToken: clientTokenType
    ProviderId: NotRequired[urlType]
    PolicyArns: NotRequired[policyDescriptorListType]
    Policy: NotRequired[sessionPolicyDocumentType]
    DurationSeconds: NotRequired[roleDurationSecondsType]


class AssumeRoleWithWebIdentityResponse(TypedDict):
    Credentials: NotRequired[Credentials]
    SubjectFromWebIdentityToken: NotRequired[webIdentitySubjectType]
    AssumedRoleUser: NotRequired[AssumedRoleUser]
    PackedPolicySize: NotRequired[nonNegativeIntegerType]
    Provider: NotRequired[Issuer]
    Audience: NotRequired[Audience]
    SourceIdentity: NotRequired[sourceIdentityType]


class AssumeRootRequest(TypedDict):
    TargetPrincipal: TargetPrincipalType
    TaskPolicyArn: PolicyDescriptorType
    DurationSeconds: NotRequired[RootDurationSecondsType]


class AssumeRootResponse(TypedDict):
    Credentials: NotRequired[Credentials]
    SourceIdentity: NotRequired[sourceIdentityType]


class AssumedRoleUser(TypedDict):
    AssumedRoleId: assumedRoleIdType
    Arn: arnType


class Credentials(TypedDict):
    AccessKeyId: accessKeyIdType
    SecretAccessKey: accessKeySecretType
    SessionToken: tokenType
    Expiration: dateType


class DecodeAuthorizationMessageRequest(TypedDict):
    EncodedMessage: encodedMessageType


class DecodeAuthorizationMessageResponse(TypedDict):
    DecodedMessage: NotRequired[decodedMessageType]


class FederatedUser(TypedDict):
    FederatedUserId: federatedIdType
    Arn: arnType


class GetAccessKeyInfoRequest(TypedDict):
    AccessKeyId: accessKeyIdType


class GetAccessKeyInfoResponse(TypedDict):
    Account: NotRequired[accountType]


class GetCallerIdentityRequest(TypedDict):
    pass


class GetCallerIdentityResponse(TypedDict):
    UserId: NotRequired[userIdType]
    Account: NotRequired[accountType]
    Arn: NotRequired[arnType]


class GetDelegatedAccessTokenRequest(TypedDict):
    TradeInToken: tradeInTokenType


class GetDelegatedAccessTokenResponse(TypedDict):
    Credentials: NotRequired[Credentials]
    PackedPolicySize: NotRequired[nonNegativeIntegerType]
    AssumedPrincipal: NotRequired[arnType]


class GetFederationTokenRequest(TypedDict):
    Name: userNameType
    Policy: NotRequired[sessionPolicyDocumentType]
    PolicyArns: NotRequired[policyDescriptorListType]
    DurationSeconds: NotRequired[durationSecondsType]
    Tags: NotRequired[tagListType]


class GetFederationTokenResponse(TypedDict):
    Credentials: NotRequired[Credentials]
    FederatedUser: NotRequired[FederatedUser]
    PackedPolicySize: NotRequired[nonNegativeIntegerType]


class GetSessionTokenRequest(TypedDict):
    DurationSeconds: NotRequired[durationSecondsType]
    SerialNumber: NotRequired[serialNumberType]
    TokenCode: NotRequired[tokenCodeType]


class GetSessionTokenResponse(TypedDict):
    Credentials: NotRequired[Credentials]


class GetWebIdentityTokenRequest(TypedDict):
    Audience: webIdentityTokenAudienceListType
    DurationSeconds: NotRequired[webIdentityTokenDurationSecondsType]
    SigningAlgorithm: jwtAlgorithmType
    Tags: NotRequired[tagListType]


class GetWebIdentityTokenResponse(TypedDict):
    WebIdentityToken: NotRequired[webIdentityTokenType]
    Expiration: NotRequired[dateType]


class PolicyDescriptorType(TypedDict):
    arn: NotRequired[arnType]


class ProvidedContext(TypedDict):
    ProviderArn: NotRequired[arnType]
    ContextAssertion: NotRequired[contextAssertionType]


class Tag(TypedDict):
    Key: tagKeyType
    Value: tagValueType


ProvidedContextsListType = list[ProvidedContext]
policyDescriptorListType = list[PolicyDescriptorType]
tagKeyListType = list[tagKeyType]
tagListType = list[Tag]
webIdentityTokenAudienceListType = list[webIdentityTokenAudienceStringType]


class ExpiredTokenException(ServiceError):
    code = "ExpiredTokenException"
    query_code: ClassVar[str] = "ExpiredTokenException"
    shape_name: ClassVar[str] = "ExpiredTokenException"
    status_code = 400
    sender_fault = True


class ExpiredTradeInTokenException(ServiceError):
    code = "ExpiredTradeInTokenException"
    query_code: ClassVar[str] = "ExpiredTradeInTokenException"
    shape_name: ClassVar[str] = "ExpiredTradeInTokenException"
    status_code = 400
    sender_fault = True


class IDPCommunicationErrorException(ServiceError):
    code = "IDPCommunicationError"
    query_code: ClassVar[str] = "IDPCommunicationError"
    shape_name: ClassVar[str] = "IDPCommunicationErrorException"
    status_code = 400
    sender_fault = True


class IDPRejectedClaimException(ServiceError):
    code = "IDPRejectedClaim"
    query_code: ClassVar[str] = "IDPRejectedClaim"
    shape_name: ClassVar[str] = "IDPRejectedClaimException"
    status_code = 403
    sender_fault = True


class InvalidAuthorizationMessageException(ServiceError):
    code = "InvalidAuthorizationMessageException"
    query_code: ClassVar[str] = "InvalidAuthorizationMessageException"
    shape_name: ClassVar[str] = "InvalidAuthorizationMessageException"
    status_code = 400
    sender_fault = True


class InvalidIdentityTokenException(ServiceError):
    code = "InvalidIdentityToken"
    query_code: ClassVar[str] = "InvalidIdentityToken"
    shape_name: ClassVar[str] = "InvalidIdentityTokenException"
    status_code = 400
    sender_fault = True


class JWTPayloadSizeExceededException(ServiceError):
    code = "JWTPayloadSizeExceededException"
    query_code: ClassVar[str] = "JWTPayloadSizeExceededException"
    shape_name: ClassVar[str] = "JWTPayloadSizeExceededException"
    status_code = 400
    sender_fault = True


class MalformedPolicyDocumentException(ServiceError):
    code = "MalformedPolicyDocument"
    query_code: ClassVar[str] = "MalformedPolicyDocument"
    shape_name: ClassVar[str] = "MalformedPolicyDocumentException"
    status_code = 400
    sender_fault = True


class OutboundWebIdentityFederationDisabledException(ServiceError):
    code = "OutboundWebIdentityFederationDisabledException"
    query_code: ClassVar[str] = "OutboundWebIdentityFederationDisabledException"
    shape_name: ClassVar[str] = "OutboundWebIdentityFederationDisabledException"
    status_code = 403
    sender_fault = True


class PackedPolicyTooLargeException(ServiceError):
    code = "PackedPolicyTooLarge"
    query_code: ClassVar[str] = "PackedPolicyTooLarge"
    shape_name: ClassVar[str] = "PackedPolicyTooLargeException"
    status_code = 400
    sender_fault = True


class RegionDisabledException(ServiceError):
    code = "RegionDisabledException"
    query_code: ClassVar[str] = "RegionDisabledException"
    shape_name: ClassVar[str] = "RegionDisabledException"
    status_code = 403
    sender_fault = True


class SessionDurationEscalationException(ServiceError):
    code = "SessionDurationEscalationException"
    query_code: ClassVar[str] = "SessionDurationEscalationException"
    shape_name: ClassVar[str] = "SessionDurationEscalationException"
    status_code = 403
    sender_fault = True


ERRORS: dict[str, type[ServiceError]] = {
    "ExpiredTokenException": ExpiredTokenException,
    "ExpiredTradeInTokenException": ExpiredTradeInTokenException,
    "IDPCommunicationErrorException": IDPCommunicationErrorException,
    "IDPRejectedClaimException": IDPRejectedClaimException,
    "InvalidAuthorizationMessageException": InvalidAuthorizationMessageException,
    "InvalidIdentityTokenException": InvalidIdentityTokenException,
    "JWTPayloadSizeExceededException": JWTPayloadSizeExceededException,
    "MalformedPolicyDocumentException": MalformedPolicyDocumentException,
    "OutboundWebIdentityFederationDisabledException": OutboundWebIdentityFederationDisabledException,
    "PackedPolicyTooLargeException": PackedPolicyTooLargeException,
    "RegionDisabledException": RegionDisabledException,
    "SessionDurationEscalationException": SessionDurationEscalationException,
}


class StsApi(ServiceApi):
    service = "sts"
    iam_prefix = "sts"
    operations: ClassVar[dict[str, OperationSpec]] = {
        "AssumeRole": OperationSpec(
            "assume_role",
            {
                "RoleArn": "role_arn",
                "RoleSessionName": "role_session_name",
                "PolicyArns": "policy_arns",
                "Policy": "policy",
                "DurationSeconds": "duration_seconds",
                "Tags": "tags",
                "TransitiveTagKeys": "transitive_tag_keys",
                "ExternalId": "external_id",
                "SerialNumber": "serial_number",
                "TokenCode": "token_code",
                "SourceIdentity": "source_identity",
                "ProvidedContexts": "provided_contexts",
            },
        ),
        "AssumeRoleWithSAML": OperationSpec(
            "assume_role_with_saml",
            {
                "RoleArn": "role_arn",
                "PrincipalArn": "principal_arn",
                "SAMLAssertion": "saml_assertion",
                "PolicyArns": "policy_arns",
                "Policy": "policy",
                "DurationSeconds": "duration_seconds",
            },
        ),
        "AssumeRoleWithWebIdentity": OperationSpec(
            "assume_role_with_web_identity",
            {
                "RoleArn": "role_arn",
                "RoleSessionName": "role_session_name",
                "WebIdentityToken": "web_identity_token",
                "ProviderId": "provider_id",
                "PolicyArns": "policy_arns",
                "Policy": "policy",
                "DurationSeconds": "duration_seconds",
            },
        ),
        "AssumeRoot": OperationSpec(
            "assume_root",
            {
                "TargetPrincipal": "target_principal",
                "TaskPolicyArn": "task_policy_arn",
                "DurationSeconds": "duration_seconds",
            },
        ),
        "DecodeAuthorizationMessage": OperationSpec(
            "decode_authorization_message", {"EncodedMessage": "encoded_message"}
        ),
        "GetAccessKeyInfo": OperationSpec("get_access_key_info", {"AccessKeyId": "access_key_id"}),
        "GetCallerIdentity": OperationSpec("get_caller_identity", {}),
        "GetDelegatedAccessToken": OperationSpec(
            "get_delegated_access_token", {"TradeInToken": "trade_in_token"}
        ),
        "GetFederationToken": OperationSpec(
            "get_federation_token",
            {
                "Name": "name",
                "Policy": "policy",
                "PolicyArns": "policy_arns",
                "DurationSeconds": "duration_seconds",
                "Tags": "tags",
            },
        ),
        "GetSessionToken": OperationSpec(
            "get_session_token",
            {
                "DurationSeconds": "duration_seconds",
                "SerialNumber": "serial_number",
                "TokenCode": "token_code",
            },
        ),
        "GetWebIdentityToken": OperationSpec(
            "get_web_identity_token",
            {
                "Audience": "audience",
                "DurationSeconds": "duration_seconds",
                "SigningAlgorithm": "signing_algorithm",
                "Tags": "tags",
            },
        ),
    }

    async def assume_role(
        self,
        context: RequestContext,
        *,
        role_arn: arnType,
        role_session_name: roleSessionNameType,
        policy_arns: policyDescriptorListType | None = None,
        policy: unrestrictedSessionPolicyDocumentType | None = None,
        duration_seconds: roleDurationSecondsType | None = None,
        tags: tagListType | None = None,
        transitive_tag_keys: tagKeyListType | None = None,
        external_id: externalIdType | None = None,
        serial_number: serialNumberType | None = None,
        token_code: tokenCodeType | None = None,
        source_identity: sourceIdentityType | None = None,
        provided_contexts: ProvidedContextsListType | None = None,
    ) -> AssumeRoleResponse:
        raise NotImplementedError

    async def assume_role_with_saml(
        self,
        context: RequestContext,
        *,
        role_arn: arnType,
        principal_arn: arnType,
        saml_assertion: SAMLAssertionType,
        policy_arns: policyDescriptorListType | None = None,
        policy: sessionPolicyDocumentType | None = None,
        duration_seconds: roleDurationSecondsType | None = None,
    ) -> AssumeRoleWithSAMLResponse:
        raise NotImplementedError

    async def assume_role_with_web_identity(
        self,
        context: RequestContext,
        *,
        role_arn: arnType,
        role_session_name: roleSessionNameType,
        web_identity_token: clientTokenType,
        provider_id: urlType | None = None,
        policy_arns: policyDescriptorListType | None = None,
        policy: sessionPolicyDocumentType | None = None,
        duration_seconds: roleDurationSecondsType | None = None,
    ) -> AssumeRoleWithWebIdentityResponse:
        raise NotImplementedError

    async def assume_root(
        self,
        context: RequestContext,
        *,
        target_principal: TargetPrincipalType,
        task_policy_arn: PolicyDescriptorType,
        duration_seconds: RootDurationSecondsType | None = None,
    ) -> AssumeRootResponse:
        raise NotImplementedError

    async def decode_authorization_message(
        self, context: RequestContext, *, encoded_message: encodedMessageType
    ) -> DecodeAuthorizationMessageResponse:
        raise NotImplementedError

    async def get_access_key_info(
        self, context: RequestContext, *, access_key_id: accessKeyIdType
    ) -> GetAccessKeyInfoResponse:
        raise NotImplementedError

    async def get_caller_identity(self, context: RequestContext) -> GetCallerIdentityResponse:
        raise NotImplementedError

    async def get_delegated_access_token(
        self, context: RequestContext, *, trade_in_token: tradeInTokenType
    ) -> GetDelegatedAccessTokenResponse:
        raise NotImplementedError

    async def get_federation_token(
        self,
        context: RequestContext,
        *,
        name: userNameType,
        policy: sessionPolicyDocumentType | None = None,
        policy_arns: policyDescriptorListType | None = None,
        duration_seconds: durationSecondsType | None = None,
        tags: tagListType | None = None,
    ) -> GetFederationTokenResponse:
        raise NotImplementedError

    async def get_session_token(
        self,
        context: RequestContext,
        *,
        duration_seconds: durationSecondsType | None = None,
        serial_number: serialNumberType | None = None,
        token_code: tokenCodeType | None = None,
    ) -> GetSessionTokenResponse:
        raise NotImplementedError

    async def get_web_identity_token(
        self,
        context: RequestContext,
        *,
        audience: webIdentityTokenAudienceListType,
        signing_algorithm: jwtAlgorithmType,
        duration_seconds: webIdentityTokenDurationSecondsType | None = None,
        tags: tagListType | None = None,
    ) -> GetWebIdentityTokenResponse:
        raise NotImplementedError
