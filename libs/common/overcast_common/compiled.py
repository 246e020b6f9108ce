"""The request path's hot modules compiled with mypyc, served only while they match their sources.

``make install`` runs ``python -m overcast_common.compiled_build``, which compiles ``MODULES`` into this
checkout's ``.build/mypyc/`` with a manifest holding the sha256 of every compiled source.
``overcast_common/__init__.py`` calls ``activate()`` before anything else is imported: when every listed
source on disk still has its manifest hash (and the build is for this interpreter), an import hook serves
the compiled modules; otherwise every module runs interpreted. All or nothing: mypyc's modules of one
build call into each other directly, so a single stale module would poison the others. The hook lives in
this process only (no ``.pth`` in the shared venv), so an installed wheel, another checkout or
``OVERCAST_COMPILED=0`` runs plain Python. Service packages whose modules are listed import
``overcast_common`` first, so the hook is in place before their modules are found.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Sequence
from importlib.abc import MetaPathFinder
from importlib.machinery import EXTENSION_SUFFIXES, ExtensionFileLoader, ModuleSpec
from pathlib import Path
from types import ModuleType
from typing import Final

MODULES: Final = (
    "libs/common/overcast_common/http.py",
    "libs/common/overcast_common/ids.py",
    "libs/common/overcast_common/fastlog.py",
    "libs/common/overcast_common/context.py",
    "libs/common/overcast_common/authz.py",
    "libs/common/overcast_common/service_call.py",
    "libs/common/overcast_common/sigv4/canonical.py",
    "libs/common/overcast_common/sigv4/verifier.py",
    "libs/common/overcast_common/protocol/router.py",
    "libs/common/overcast_common/protocol/routing_signals.py",
    "libs/common/overcast_common/protocol/routing_index.py",
    "libs/common/overcast_common/protocol/json_text.py",
    "libs/common/overcast_common/protocol/parsers/tree.py",
    "libs/common/overcast_common/protocol/parsers/rpc.py",
    "libs/common/overcast_common/protocol/parsers/_values.py",
    "libs/common/overcast_common/protocol/parsers/query.py",
    "libs/common/overcast_common/protocol/parsers/query_compat.py",
    "libs/common/overcast_common/protocol/parsers/by_protocol.py",
    "libs/common/overcast_common/protocol/serializers/by_protocol.py",
    "libs/common/overcast_common/protocol/query_plans.py",
    "libs/common/overcast_common/protocol/serializers/json_rpc.py",
    "libs/common/overcast_common/protocol/serializers/_document.py",
    "libs/common/overcast_common/protocol/serializers/_common.py",
    "libs/common/overcast_common/protocol/serializers/_xml_text.py",
    "libs/common/overcast_common/protocol/serializers/query.py",
    "libs/common/overcast_common/telemetry/spans.py",
    "libs/common/overcast_common/telemetry/tracecontext.py",
    "libs/common/overcast_common/telemetry/_context.py",
    "libs/common/overcast_common/telemetry/recording.py",
    "libs/common/overcast_common/telemetry/setup.py",
    "services/xray/overcast_xray/ingest/otlp.py",
    "libs/common/overcast_common/dispatch/in_process.py",
    "libs/common/overcast_common/dispatch/interface.py",
    "services/gateway/overcast_gateway/httpserver.py",
    "services/gateway/overcast_gateway/pipeline.py",
    "services/gateway/overcast_gateway/wire.py",
    "services/gateway/overcast_gateway/audit.py",
    "services/gateway/overcast_gateway/services.py",
    "services/sqs/overcast_sqs/attributes.py",
    "services/sqs/overcast_sqs/checksums.py",
    "services/sqs/overcast_sqs/sending.py",
    "services/sqs/overcast_sqs/store/sqlite_rows.py",
    "services/sqs/overcast_sqs/batch_send.py",
    "services/sns/overcast_sns/messages.py",
    "services/sns/overcast_sns/fanout.py",
)
"""Sources compiled by ``make install``, relative to the checkout. Not here: modules whose classes
interpreted code subclasses (``service.ServiceApi``, ``service.ServiceHandler``: mypyc's classes refuse
interpreted subclasses) or that set attributes on functions (providers decorated with
``authz.resources``) or replace methods (stores decorated with ``telemetry.spans.traced_backend``: a
compiled class keeps its own methods), and ``logs`` (its handler subclasses ``logging.StreamHandler``:
with it compiled, one CI run saw a worker crash and logging's handler list corrupted at exit, which points
at that non-native subclass). Their hot code lives in small compiled modules they call instead:
``fastlog`` (the line per request), ``service_call`` (``ServiceHandler``'s call), SQS's ``sending``
(checks, MD5s and record of a message to send) and ``store/sqlite_rows`` (the insert of new messages).
No compiled class subclasses an interpreted or stdlib Python class."""

GROUP: Final = "overcast_compiled"
"""mypyc's group name: the shared library is the top-level module ``overcast_compiled__mypyc``."""
MANIFEST: Final = "manifest.json"
ENV: Final = "OVERCAST_COMPILED"
"""``0`` runs everything interpreted whatever is built."""

REPO: Final = Path(__file__).resolve().parents[3]
"""The checkout this package is in (``libs/common/overcast_common/compiled.py``)."""
BUILD_DIR: Final = REPO / ".build" / "mypyc"

status = "interpreted: not activated"
"""One line for ``overcast serve`` / ``overcast cluster`` to log: what this process runs."""


def module_name(root: Path, source: str) -> str:
    """``libs/common/overcast_common/http.py`` -> ``overcast_common.http``: the file's package chain up to
    the first directory without an ``__init__.py``."""
    path = root / source
    parts = [path.stem]
    folder = path.parent
    while (folder / "__init__.py").is_file():
        parts.append(folder.name)
        folder = folder.parent
    return ".".join(reversed(parts))


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def ext_suffix() -> str:
    return EXTENSION_SUFFIXES[0]  # this interpreter's own tag (``.cpython-311-x86_64-linux-gnu.so``)


class CompiledFinder(MetaPathFinder):
    """Finds exactly the compiled modules (and mypyc's shared library), each at its file."""

    def __init__(self, binaries: dict[str, Path]) -> None:
        self.binaries = binaries

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        binary = self.binaries.get(fullname)
        if binary is None:
            return None
        return ModuleSpec(fullname, ExtensionFileLoader(fullname, str(binary)), origin=str(binary))


def check(root: Path, build_dir: Path, sources: Sequence[str]) -> tuple[dict[str, Path] | None, str]:
    """The compiled binaries by module name if the build in ``build_dir`` is of exactly ``sources`` and
    matches each of them under ``root``, else ``None``; and why, in one line."""
    try:
        manifest = json.loads((build_dir / MANIFEST).read_text())
    except FileNotFoundError:
        return None, "interpreted: not built"
    except (OSError, ValueError) as exc:
        return None, f"interpreted: unreadable manifest ({exc})"
    if manifest.get("ext_suffix") != ext_suffix():
        return None, f"interpreted: built for {manifest.get('ext_suffix')}, not {ext_suffix()}"
    binaries: dict[str, Path] = {}
    modules: dict[str, dict[str, str]] = manifest.get("modules", {})
    if sorted(entry.get("source", "") for entry in modules.values()) != sorted(sources):
        return None, "interpreted: stale (the list of compiled modules changed; make install)"
    for name, entry in modules.items():
        try:
            current = sha256_of(root / entry["source"])
        except OSError:
            current = ""
        if current != entry["sha256"]:
            return None, f"interpreted: stale ({entry['source']} changed since the build; make install)"
        binaries[name] = build_dir / entry["binary"]
    for name, relative in manifest.get("shared", {}).items():
        binaries[name] = build_dir / relative
    missing = [str(b) for b in binaries.values() if not b.is_file()]
    if missing:
        return None, f"interpreted: stale (missing {missing[0]})"
    return binaries, f"compiled {len(modules)} modules (mypyc, {build_dir})"


def activate(root: Path = REPO, build_dir: Path = BUILD_DIR, sources: Sequence[str] = MODULES) -> str:
    """Install the import hook if the build matches its sources; the status line either way. Modules
    already imported stay as they are (they were found before the hook), so call this first."""
    global status
    if os.environ.get(ENV, "1") == "0":
        status = f"interpreted: {ENV}=0"
        return status
    binaries, status = check(root, build_dir, sources)
    if binaries is not None:
        already = [name for name in binaries if name in sys.modules]
        if already:
            status = f"interpreted: {already[0]} was imported before the compiled build was activated"
        elif not any(isinstance(f, CompiledFinder) and f.binaries == binaries for f in sys.meta_path):
            sys.meta_path.insert(0, CompiledFinder(binaries))
    return status
