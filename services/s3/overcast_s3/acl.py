"""S3 access control lists: canned ACLs, ``x-amz-grant-*`` headers and ``AccessControlPolicy`` bodies.

An ACL is stored as its grants in the value form S3 returns them (``{"Grantee": {...}, "Permission"}``);
the owner is the bucket's or the object writer's account, so it is not stored. Buckets keep theirs in
the ``acl`` bucket configuration, objects in ``extras["acl"]``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from typing import Any

from overcast_s3.errors import InvalidArgument, InvalidRequest, MalformedXML, S3Error

GROUPS = "http://acs.amazonaws.com/groups/"
ALL_USERS = GROUPS + "global/AllUsers"
AUTHENTICATED_USERS = GROUPS + "global/AuthenticatedUsers"
LOG_DELIVERY = GROUPS + "s3/LogDelivery"
PUBLIC_GROUPS = frozenset({ALL_USERS, AUTHENTICATED_USERS})
PERMISSIONS = ("FULL_CONTROL", "WRITE", "WRITE_ACP", "READ", "READ_ACP")
EC2_CANONICAL_ID = "6aa5a366c34c1cbe25dc49211496e913e0351eb0e8c37aa3477e40942ec6b97c"
BUCKET_CANNED = frozenset(
    {"private", "public-read", "public-read-write", "authenticated-read", "log-delivery-write"}
)
OBJECT_CANNED = frozenset(
    {
        "private",
        "public-read",
        "public-read-write",
        "authenticated-read",
        "aws-exec-read",
        "bucket-owner-read",
        "bucket-owner-full-control",
    }
)
GRANT_PARAMS = {
    "grant_full_control": "FULL_CONTROL",
    "grant_read": "READ",
    "grant_read_acp": "READ_ACP",
    "grant_write": "WRITE",
    "grant_write_acp": "WRITE_ACP",
}
"""Request params (``x-amz-grant-*`` headers) → the permission each grants."""


class UnresolvableGrantByEmailAddress(S3Error):
    code = "UnresolvableGrantByEmailAddress"


class AccessControlListNotSupported(S3Error):
    code = "AccessControlListNotSupported"


class InvalidBucketAclWithObjectOwnership(S3Error):
    code = "InvalidBucketAclWithObjectOwnership"


def canonical_id(account_id: str) -> str:
    """A stable 64-hex canonical user id per account, as S3 shows owners."""
    return hashlib.sha256(f"overcast:{account_id}".encode()).hexdigest()


def owner_of(account_id: str) -> dict[str, str]:
    return {"ID": canonical_id(account_id), "DisplayName": account_id}


def user(account_id: str) -> dict[str, str]:
    return {"Type": "CanonicalUser", **owner_of(account_id)}


def group(uri: str) -> dict[str, str]:
    return {"Type": "Group", "URI": uri}


def grant(grantee: dict[str, str], permission: str) -> dict[str, Any]:
    return {"Grantee": grantee, "Permission": permission}


def canned(name: str, owner: str, bucket_owner: str | None = None) -> list[dict[str, Any]]:
    """The grants of a canned ACL; ``bucket_owner`` is set for objects (``bucket-owner-*``)."""
    grants = [grant(user(owner), "FULL_CONTROL")]
    if name == "public-read":
        grants.append(grant(group(ALL_USERS), "READ"))
    elif name == "public-read-write":
        grants += [grant(group(ALL_USERS), "READ"), grant(group(ALL_USERS), "WRITE")]
    elif name == "authenticated-read":
        grants.append(grant(group(AUTHENTICATED_USERS), "READ"))
    elif name == "log-delivery-write":
        grants += [grant(group(LOG_DELIVERY), "WRITE"), grant(group(LOG_DELIVERY), "READ_ACP")]
    elif name == "aws-exec-read":
        grants.append(
            grant({"Type": "CanonicalUser", "ID": EC2_CANONICAL_ID, "DisplayName": "za-team"}, "READ")
        )
    elif (
        name in ("bucket-owner-read", "bucket-owner-full-control") and bucket_owner and bucket_owner != owner
    ):
        permission = "READ" if name == "bucket-owner-read" else "FULL_CONTROL"
        grants.append(grant(user(bucket_owner), permission))
    return grants


_PAIR = re.compile(r'\s*([A-Za-z]+)\s*=\s*(?:"([^"]*)"|([^,\s]*))\s*(?:,|$)')


def parse_grant_header(value: str, permission: str, header: str) -> list[dict[str, Any]]:
    """``id="…", uri="…", emailAddress="…"`` (comma separated) → grants."""
    grants: list[dict[str, Any]] = []
    position = 0
    text = value.strip()
    while position < len(text):
        match = _PAIR.match(text, position)
        if match is None or match.end() == position:
            raise InvalidArgument("Invalid grant header", ArgumentName=header, ArgumentValue=value)
        position = match.end()
        kind, raw = match.group(1).lower(), match.group(2) if match.group(2) is not None else match.group(3)
        if kind == "id":
            grantee = {"Type": "CanonicalUser", "ID": raw}
        elif kind == "uri":
            grantee = {"Type": "Group", "URI": raw}
        elif kind == "emailaddress":
            grantee = {"Type": "AmazonCustomerByEmail", "EmailAddress": raw}
        else:
            raise InvalidArgument("Argument format not recognized", ArgumentName=header, ArgumentValue=value)
        grants.append(grant(grantee, permission))
    return [normalize(g) for g in grants]


def normalize(item: Mapping[str, Any], known: Mapping[str, str] | None = None) -> dict[str, Any]:
    """A grant checked as S3 checks it, with the DisplayName of a known canonical user filled in.

    ``known`` maps canonical ids to account ids (the caller's own account, at least)."""
    permission = item.get("Permission")
    grantee = dict(item.get("Grantee") or {})
    if permission not in PERMISSIONS:
        raise MalformedXML(
            "The XML you provided was not well-formed or did not validate against our published schema"
        )
    kind = grantee.get("Type")
    if kind == "CanonicalUser":
        ident = grantee.get("ID", "")
        if not re.fullmatch(r"[0-9a-f]{64}", ident):
            raise InvalidArgument("Invalid id", ArgumentName="CanonicalUser/ID", ArgumentValue=ident)
        out = {"Type": kind, "ID": ident}
        if known and ident in known:
            out["DisplayName"] = known[ident]
        elif grantee.get("DisplayName"):
            out["DisplayName"] = grantee["DisplayName"]
    elif kind == "Group":
        uri = grantee.get("URI", "")
        if uri not in (ALL_USERS, AUTHENTICATED_USERS, LOG_DELIVERY):
            raise InvalidArgument("Invalid group uri", ArgumentName="Group/URI", ArgumentValue=uri)
        out = {"Type": kind, "URI": uri}
    elif kind == "AmazonCustomerByEmail":
        # Overcast has no directory of e-mail addresses to resolve a grantee against
        raise UnresolvableGrantByEmailAddress(
            "The e-mail address you provided does not match any account on record.",
            EmailAddress=grantee.get("EmailAddress", ""),
        )
    else:
        raise MalformedXML(
            "The XML you provided was not well-formed or did not validate against our published schema"
        )
    return grant(out, permission)


def from_request(
    params: Mapping[str, Any],
    *,
    owner: str,
    bucket_owner: str | None = None,
    for_bucket: bool,
) -> list[dict[str, Any]] | None:
    """The grants a request sets (canned ``acl``, grant headers or an ``access_control_policy`` body);
    None when it sets none. Mixing them is refused as S3 refuses it."""
    canned_name = params.get("acl")
    headers = {name: params[name] for name in GRANT_PARAMS if params.get(name)}
    body = params.get("access_control_policy")
    if canned_name and headers:
        raise InvalidRequest("Specifying both Canned ACLs and Header Grants is not allowed")
    if body is not None and (canned_name or headers):
        raise UnexpectedContent("This request does not support content")
    if canned_name:
        allowed = BUCKET_CANNED if for_bucket else OBJECT_CANNED
        if canned_name not in allowed:
            raise InvalidArgument("", ArgumentName="x-amz-acl", ArgumentValue=str(canned_name))
        return canned(canned_name, owner, bucket_owner)
    if headers:
        grants: list[dict[str, Any]] = []
        for name, value in headers.items():
            header = "x-amz-" + name.replace("_", "-")
            grants += parse_grant_header(str(value), GRANT_PARAMS[name], header)
        return [_fill(g, owner) for g in grants]
    if body is not None:
        if "Owner" not in body:
            raise MalformedACLError(
                "The XML you provided was not well-formed or did not validate against our published schema"
            )
        return [normalize(g, {canonical_id(owner): owner}) for g in body.get("Grants") or []]
    return None


def _fill(item: dict[str, Any], owner: str) -> dict[str, Any]:
    grantee = item["Grantee"]
    if grantee.get("Type") == "CanonicalUser" and grantee.get("ID") == canonical_id(owner):
        grantee["DisplayName"] = owner
    return item


def is_public(grants: list[dict[str, Any]]) -> bool:
    """Grants to AllUsers or AuthenticatedUsers are public, as Block Public Access counts them."""
    return any(g["Grantee"].get("URI") in PUBLIC_GROUPS for g in grants)


def allows(grants: list[dict[str, Any]], uri: str, permission: str) -> bool:
    """Whether the group ``uri`` holds ``permission`` (FULL_CONTROL holds every permission)."""
    return any(
        g["Grantee"].get("URI") == uri and g["Permission"] in (permission, "FULL_CONTROL") for g in grants
    )


def only_owner_full_control(grants: list[dict[str, Any]], owner: str) -> bool:
    """True for ``private`` (and ``bucket-owner-full-control`` in the owner's own bucket): the ACLs a
    bucket with ACLs disabled still accepts."""
    return all(
        g["Grantee"].get("Type") == "CanonicalUser"
        and g["Grantee"].get("ID") == canonical_id(owner)
        and g["Permission"] == "FULL_CONTROL"
        for g in grants
    )


class UnexpectedContent(S3Error):
    code = "UnexpectedContent"


class MalformedACLError(S3Error):
    code = "MalformedACLError"
