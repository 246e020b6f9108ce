"""Renders one ``overcast_common.api.<service>`` module from a botocore service model."""

from __future__ import annotations

import builtins
import keyword
import re
import subprocess
import sys
from collections.abc import Iterator

import botocore
from botocore import xform_name
from botocore.model import OperationModel, ServiceModel, Shape, StructureShape

from overcast_common.codegen.overrides import ERROR_STATUS, IAM_PREFIX
from overcast_common.protocol.models import service_model
from overcast_common.protocol.serializers.query_compat import legacy_query_code
from overcast_common.service import ServiceApi

SERVICES: tuple[str, ...] = (
    "sts", "sqs", "s3", "sns", "kinesis", "firehose", "dynamodb", "dynamodbstreams", "lambda", "iam",
    "cloudwatch", "logs", "events", "xray", "cloudtrail",
)  # fmt: skip

_SCALARS = {
    "string": "str",
    "character": "str",
    "integer": "int",
    "long": "int",
    "bigint": "int",
    "float": "float",
    "double": "float",
    "bigdecimal": "float",
    "boolean": "bool",
    "timestamp": "datetime",
    "blob": "bytes",
}

# Names the generated module imports or defines itself; shapes with these names get a ``_`` suffix.
_TAKEN = frozenset(
    {"annotations", "datetime", "Any", "ClassVar", "Final", "NotRequired", "TypedDict", "RequestContext",
     "ServiceError", "BodyStream", "OperationSpec", "ServiceApi", "omit_none", "ERRORS",
     # class attributes of the generated classes, which annotations in their bodies would see
     "code", "query_code", "shape_name", "status_code", "sender_fault", "service", "iam_prefix", "operations"}
    | set(dir(builtins))
    | set(keyword.kwlist)
)  # fmt: skip


def module_name(service: str) -> str:
    """``lambda`` → ``lambda_``: a Python module name for a botocore service name."""
    name = service.replace("-", "_")
    return f"{name}_" if keyword.iskeyword(name) else name


def api_class_name(service: str) -> str:
    return "".join(part.capitalize() for part in re.split(r"[-_]", service)) + "Api"


def generate_module(service: str) -> str:
    """The formatted source of ``overcast_common.api.<module_name(service)>``."""
    # a few lines stay long (names ruff cannot wrap); the project leaves line length to the formatter
    return _ruff_format(_Module(service_model(service)).render())


def _ruff_format(source: str) -> str:
    # --isolated with explicit settings: identical output wherever it is written (the drift test
    # generates into a temp dir, outside the project's configuration)
    done = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--isolated", "--line-length", "110",
         "--target-version", "py311", "-"],
        input=source, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"ruff format failed: {done.stderr}")
    return done.stdout


def _identifier(name: str, taken: set[str] | frozenset[str]) -> str:
    """``name`` made a valid identifier not in ``taken`` (suffix ``_`` until it is free)."""
    name = re.sub(r"\W", "_", name)
    if not name or name[0].isdigit():
        name = f"_{name}"
    while name in taken or keyword.iskeyword(name):
        name += "_"
    return name


def _q(text: str) -> str:
    """A double-quoted Python string literal (what ruff format would write)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


class _Module:
    def __init__(self, model: ServiceModel) -> None:
        self.model = model
        self.service = model.service_name
        raw: dict[str, dict[str, object]] = model._shape_resolver._shape_map
        self.shapes: dict[str, Shape] = {name: model.shape_for(name) for name in sorted(raw)}
        self.errors = {name for name, shape in self.shapes.items() if shape.metadata.get("exception")}
        self.py: dict[str, str] = {}  # shape name → Python name
        taken: set[str] = set(_TAKEN)
        for name in self.shapes:
            self.py[name] = _identifier(name, taken)
            taken.add(self.py[name])
        self.api_class = _identifier(api_class_name(self.service), taken)
        taken.add(self.api_class)
        self.enum_classes: dict[str, str] = {}
        for name, shape in self.shapes.items():
            if shape.type_name == "string" and shape.enum:
                self.enum_classes[name] = _identifier(f"{self.py[name]}Values", taken)
                taken.add(self.enum_classes[name])
        self.uses: set[str] = set()  # imported names the rendered code needs

    # --- types ---------------------------------------------------------------------------------

    def ref(self, shape: Shape) -> str:
        """The annotation for a member whose target is ``shape``."""
        if shape.name in self.errors:
            # only event streams embed errors; their value form is the error's fields
            self.uses.add("Any")
            return "dict[str, Any]"
        named = self.shapes[shape.name]
        if shape.serialization.get("streaming") and not named.serialization.get("streaming"):
            # streaming declared on the member (S3's ``Body``), not on the shape (Lambda's ``BlobStream``)
            return self.scalar(shape)
        return self.py[shape.name]

    def scalar(self, shape: Shape) -> str:
        if shape.type_name == "blob" and shape.serialization.get("streaming"):
            self.uses.add("BodyStream")
            return "bytes | BodyStream"
        py = _SCALARS[shape.type_name]
        if py == "datetime":
            self.uses.add("datetime")
        return py

    # --- rendering -----------------------------------------------------------------------------

    def render(self) -> str:
        body = "\n".join(
            [*self.render_scalars(), *self.render_structures(), *self.render_containers(),
             *self.render_errors(), *self.render_api()]
        )  # fmt: skip
        model = self.model
        title = model.metadata.get("serviceFullName", self.service)
        head = [
            f"# Generated from botocore {botocore.__version__}'s {self.service} model "
            f"(API {model.api_version}).",
            f"# Do not edit: regenerate with `python -m overcast_common.codegen {self.service}`.",
            f'"""Typed API of {title}: shapes, errors and ``{self.api_class}``."""',
            "",
            "from __future__ import annotations",
            "",
        ]
        if "datetime" in self.uses:
            head.append("from datetime import datetime")
        typing_names = sorted(
            n for n in ("Any", "ClassVar", "Final", "NotRequired", "TypedDict") if n in self.uses
        )
        if typing_names:
            head.append(f"from typing import {', '.join(typing_names)}")
        head.append("")
        head.append("from overcast_common.context import RequestContext")
        head.append("from overcast_common.errors import ServiceError")
        if "BodyStream" in self.uses:
            head.append("from overcast_common.http import BodyStream")
        service_names = ["OperationSpec", "ServiceApi"] + (["omit_none"] if "omit_none" in self.uses else [])
        head.append(f"from overcast_common.service import {', '.join(service_names)}")
        return "\n".join(head) + "\n\n" + body

    def render_scalars(self) -> Iterator[str]:
        for name, shape in self.shapes.items():
            if shape.type_name in _SCALARS:
                yield f"{self.py[name]} = {self.scalar(shape)}"
        for name, cls in self.enum_classes.items():
            self.uses.add("Final")
            yield f"\n\nclass {cls}:"
            taken: set[str] = set()
            for value in self.shapes[name].enum:
                attr = _identifier(value, taken)
                taken.add(attr)
                yield f"    {attr}: Final = {_q(value)}"
        yield ""

    def render_structures(self) -> Iterator[str]:
        for name, shape in self.shapes.items():
            if shape.type_name != "structure" or name in self.errors:
                continue
            assert isinstance(shape, StructureShape)
            self.uses.add("TypedDict")
            required = set(shape.required_members)
            fields: list[tuple[str, str]] = []
            for member, target in shape.members.items():
                annotation = self.ref(target)
                if member not in required:
                    self.uses.add("NotRequired")
                    annotation = f"NotRequired[{annotation}]"
                fields.append((member, annotation))
            py = self.py[name]
            if all(m.isidentifier() and not keyword.iskeyword(m) for m, _ in fields):
                yield f"\n\nclass {py}(TypedDict):"
                yield from (f"    {m}: {a}" for m, a in fields) if fields else ["    pass"]
            else:  # a member named like a Python keyword (CloudWatch Logs' ``from``)
                items = ", ".join(f"{_q(m)}: {_q(a)}" for m, a in fields)
                yield f"\n\n{py} = TypedDict({_q(py)}, {{{items}}})"
        yield ""

    def render_containers(self) -> Iterator[str]:
        """Lists and maps, each after the containers it refers to (they are evaluated at import)."""
        done: set[str] = set()

        def visit(shape: Shape) -> Iterator[str]:
            if shape.name in done or shape.type_name not in ("list", "map"):
                return
            done.add(shape.name)
            if shape.type_name == "list":
                yield from visit(shape.member)
                yield f"{self.py[shape.name]} = list[{self.ref(shape.member)}]"
            else:
                yield from visit(shape.key)
                yield from visit(shape.value)
                yield f"{self.py[shape.name]} = dict[{self.ref(shape.key)}, {self.ref(shape.value)}]"

        for shape in self.shapes.values():
            yield from visit(shape)

    def render_errors(self) -> Iterator[str]:
        statuses = ERROR_STATUS.get(self.service, {})
        for name in sorted(self.errors):
            shape = self.shapes[name]
            assert isinstance(shape, StructureShape)
            error = shape.metadata.get("error", {})
            code = error.get("code", name)
            query_code = legacy_query_code(self.service, name) or code
            status = statuses.get(name, error.get("httpStatusCode", 400))
            sender_fault = error.get("senderFault", status < 500)
            self.uses.add("ClassVar")
            yield f"\n\nclass {self.py[name]}(ServiceError):"
            yield f"    code = {_q(code)}"
            yield f"    query_code: ClassVar[str] = {_q(query_code)}"
            yield f"    shape_name: ClassVar[str] = {_q(name)}"
            yield f"    status_code = {status}"
            yield f"    sender_fault = {sender_fault}"
            fields = [(m, t) for m, t in shape.members.items() if m.lower() != "message"]
            if not fields:
                continue
            self.uses.add("omit_none")
            kwargs = self.kwarg_names([m for m, _ in fields], taken={"self", "message"})
            params = ", ".join(f"{kwargs[m]}: {self.ref(t)} | None = None" for m, t in fields)
            values = ", ".join(f"{_q(m)}: {kwargs[m]}" for m, _ in fields)
            yield ""
            yield f'    def __init__(self, message: str = "", *, {params}) -> None:'
            yield "        super().__init__(message)"
            yield f"        self.fields.update(omit_none({{{values}}}))"

    def render_api(self) -> Iterator[str]:
        model = self.model
        prefix = IAM_PREFIX.get(self.service, model.signing_name or model.endpoint_prefix)
        ops = [model.operation_model(name) for name in sorted(model.operation_names)]
        methods = self.method_names(ops)
        yield "\n\nERRORS: dict[str, type[ServiceError]] = {"
        yield from (f"    {_q(name)}: {self.py[name]}," for name in sorted(self.errors))
        yield "}"
        yield f"\n\nclass {self.api_class}(ServiceApi):"
        yield f"    service = {_q(self.service)}"
        yield f"    iam_prefix = {_q(prefix)}"
        yield "    operations: ClassVar[dict[str, OperationSpec]] = {"
        self.uses.add("ClassVar")
        signatures: list[str] = []
        for op in ops:
            members = self.input_members(op)
            kwargs = self.kwarg_names([m for m, _, _ in members], taken={"self", "context"})
            table = ", ".join(f"{_q(m)}: {_q(kwargs[m])}" for m, _, _ in members)
            yield f"        {_q(op.name)}: OperationSpec({_q(methods[op.name])}, {{{table}}}),"
            ordered = sorted(members, key=lambda m: not m[2])  # required first, model order kept
            params = [
                f"{kwargs[m]}: {self.ref(t)}" if req else f"{kwargs[m]}: {self.ref(t)} | None = None"
                for m, t, req in ordered
            ]
            returns = self.py[op.output_shape.name] if op.output_shape is not None else "None"
            args = ", ".join(["self", "context: RequestContext", *(["*", *params] if params else [])])
            signatures.append(f"\n    async def {methods[op.name]}({args}) -> {returns}:")
            signatures.append("        raise NotImplementedError")
        yield "    }"
        yield from signatures
        yield ""

    # --- names ---------------------------------------------------------------------------------

    @staticmethod
    def input_members(op: OperationModel) -> list[tuple[str, Shape, bool]]:
        shape = op.input_shape
        if shape is None:
            return []
        required = set(shape.required_members)
        return [(m, t, m in required) for m, t in shape.members.items()]

    @staticmethod
    def kwarg_names(members: list[str], taken: set[str]) -> dict[str, str]:
        names: dict[str, str] = {}
        used = set(taken)
        for member in members:
            names[member] = _identifier(xform_name(member), used)
            used.add(names[member])
        return names

    @staticmethod
    def method_names(ops: list[OperationModel]) -> dict[str, str]:
        reserved = set(dir(ServiceApi))
        names: dict[str, str] = {}
        for op in ops:
            names[op.name] = _identifier(xform_name(op.name), reserved)
            reserved.add(names[op.name])
        return names
