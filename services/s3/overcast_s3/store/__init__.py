"""The S3 metadata store port: buckets, object versions, multipart uploads and their parts.

Object bytes are not here: they live in the blob store (``overcast_s3.blobs``); a version names its
bytes as a list of blob segments, so a completed multipart upload is the parts' blobs in order and
no byte is copied to complete it. One adapter, ``sql.SqlS3Store`` (SQLite embedded, PostgreSQL in
cluster mode), passes the contract tests in ``services/s3/tests/test_store.py``.

Keys are compared as UTF-8 bytes (S3's listing order) on both dialects.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

NULL_VERSION = "null"
"""The version id of objects written while versioning was never enabled or is suspended."""


@dataclass(frozen=True)
class Segment:
    """A run of an object's bytes: a whole blob (a PUT's body, or one part of a multipart upload)."""

    blob_id: str
    size: int


@dataclass
class Bucket:
    name: str
    account_id: str
    region: str
    created: datetime
    versioning: str | None = None
    """None (never enabled), ``Enabled`` or ``Suspended``."""
    object_lock: bool = False


@dataclass
class ObjectVersion:
    bucket: str
    key: str
    version_id: str
    last_modified: datetime
    owner: str
    """The account that wrote it."""
    delete_marker: bool = False
    size: int = 0
    etag: str = ""
    """Unquoted: an MD5 hex digest, or ``<md5 of part md5s>-<N>`` for a multipart upload."""
    storage_class: str = "STANDARD"
    headers: dict[str, str] = field(default_factory=dict)
    """Content headers as model member names (``ContentType``, ``CacheControl``...)."""
    metadata: dict[str, str] = field(default_factory=dict)
    """``x-amz-meta-*`` without the prefix."""
    checksum: dict[str, str] = field(default_factory=dict)
    """``{"algorithm": "CRC32", "value": "...", "type": "FULL_OBJECT"}`` when one was computed."""
    tags: dict[str, str] = field(default_factory=dict)
    segments: list[Segment] = field(default_factory=list)
    parts: list[dict[str, Any]] = field(default_factory=list)
    """For multipart objects: ``{"PartNumber", "Size", "ChecksumCRC32"...}`` per part."""
    extras: dict[str, Any] = field(default_factory=dict)
    """Per-version state beyond the core record, by feature: ``acl``, ``legal_hold``, ``retention``,
    ``sse_c`` (key MD5), ``restore``, ``replication_status``… (a whole-document update: ``set_extras``)."""
    is_latest: bool = True
    sequence: int = 0
    """Set by the store: the write order, newest highest."""

    @property
    def blob_ids(self) -> list[str]:
        return [s.blob_id for s in self.segments]


@dataclass
class Upload:
    upload_id: str
    bucket: str
    key: str
    initiated: datetime
    owner: str
    storage_class: str = "STANDARD"
    headers: dict[str, str] = field(default_factory=dict)
    metadata: dict[str, str] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)
    checksum_algorithm: str | None = None
    checksum_type: str | None = None
    extras: dict[str, Any] = field(default_factory=dict)
    """What the completed object's ``extras`` start from (ACL, SSE-C key MD5, retention…)."""


@dataclass
class Part:
    upload_id: str
    number: int
    size: int
    etag: str
    last_modified: datetime
    blob_id: str
    checksum: dict[str, str] = field(default_factory=dict)
    """``{"ChecksumCRC32": "..."}``: the model member names of the checksums the part carries."""


Precondition = Callable[[ObjectVersion | None], None]
"""Runs inside the write transaction with the current latest version; raises to refuse the write."""


class S3Store(Protocol):
    # --- buckets
    async def create_bucket(self, bucket: Bucket) -> Bucket | None:
        """Creates ``bucket``; returns the existing bucket instead if the name is taken (any account)."""
        ...

    async def get_bucket(self, name: str) -> Bucket | None: ...

    async def list_buckets(
        self, account_id: str, *, prefix: str = "", after: str = "", limit: int = 10000
    ) -> list[Bucket]: ...

    async def set_versioning(self, name: str, status: str) -> None: ...

    async def delete_bucket(self, name: str) -> bool:
        """Deletes an empty bucket (no versions, no uploads) and its configuration; False if not empty."""
        ...

    async def get_config(self, bucket: str, name: str) -> Any:
        """A bucket configuration document (``tagging``, ``policy``, ``acl``...), None if unset."""
        ...

    async def put_config(self, bucket: str, name: str, document: Any) -> None:
        """Sets (``document`` not None) or deletes a bucket configuration document."""
        ...

    # --- objects
    async def put_version(
        self, version: ObjectVersion, *, keep_null: bool, precondition: Precondition | None = None
    ) -> list[str]:
        """Makes ``version`` the latest of its key. With ``keep_null`` False the key's ``null``
        version, if any, is replaced. Returns the blob ids no version uses any more."""
        ...

    async def get_version(self, bucket: str, key: str, version_id: str | None = None) -> ObjectVersion | None:
        """The latest version (maybe a delete marker) or the named one."""
        ...

    async def delete_version(
        self, bucket: str, key: str, version_id: str
    ) -> tuple[ObjectVersion | None, list[str]]:
        """Removes one version (the next newest becomes latest); returns it and its freed blob ids."""
        ...

    async def set_tags(self, bucket: str, key: str, version_id: str, tags: dict[str, str]) -> bool: ...

    async def set_extras(self, bucket: str, key: str, version_id: str, extras: dict[str, Any]) -> bool:
        """Replace one version's ``extras``; False when the version does not exist."""
        ...

    async def set_storage_class(self, bucket: str, key: str, version_id: str, storage_class: str) -> bool:
        """A lifecycle transition; False when the version does not exist."""
        ...

    async def buckets_with_config(self, name: str) -> list[Bucket]:
        """Every bucket (any account) that has the configuration document ``name`` (lifecycle...)."""
        ...

    async def referenced_blob_ids(self) -> set[str]:
        """Every blob id a version or a part names (the orphan sweeper keeps these)."""
        ...

    async def list_latest(self, bucket: str, *, prefix: str, after: str, limit: int) -> list[ObjectVersion]:
        """Latest versions that are not delete markers, keys > ``after`` starting with ``prefix``."""
        ...

    async def list_versions(
        self, bucket: str, *, prefix: str, after_key: str, after_sequence: int | None, limit: int
    ) -> list[ObjectVersion]:
        """Every version and delete marker, by key then newest first, after the given position:
        keys > ``after_key``, or (``after_sequence`` set) the versions of ``after_key`` older than it too."""
        ...

    # --- multipart uploads
    async def create_upload(self, upload: Upload) -> None: ...

    async def get_upload(self, upload_id: str) -> Upload | None: ...

    async def list_uploads(
        self, bucket: str, *, prefix: str, after_key: str, after_upload_id: str, limit: int
    ) -> list[Upload]: ...

    async def put_part(self, part: Part) -> list[str]:
        """Adds or replaces a part; returns the replaced part's blob id. Raises ``KeyError`` if the
        upload is gone (aborted or completed meanwhile)."""
        ...

    async def list_parts(self, upload_id: str, *, after: int = 0, limit: int = 10000) -> list[Part]: ...

    async def complete_upload(
        self,
        upload_id: str,
        version: ObjectVersion,
        used_blob_ids: Sequence[str],
        *,
        keep_null: bool,
        precondition: Precondition | None = None,
    ) -> list[str]:
        """Atomically: the upload ends and ``version`` becomes the key's latest; returns the blob ids
        now unused (parts left out, a replaced null version). Raises ``KeyError`` if the upload is gone."""
        ...

    async def delete_upload(self, upload_id: str) -> list[str] | None:
        """Aborts: returns its parts' blob ids, None if no such upload."""
        ...

    async def reset(self) -> None: ...

    async def close(self) -> None: ...
