"""Subscription filter policies: AWS's validation (and its error messages) and matching.

A policy is a JSON object whose keys name message attributes (``FilterPolicyScope`` MessageAttributes,
the default) or properties of the JSON message body (MessageBody, where keys may nest). Each leaf is a
list of conditions, any of which may match: a literal (string, number, ``true``/``false``, ``null``) or
one operator object (``prefix``, ``suffix``, ``equals-ignore-case``, ``anything-but`` — a value, a list,
or ``{"prefix": …}`` / ``{"suffix": …}`` —, ``numeric``, ``exists``, ``cidr``). ``$or`` takes a list of
sub-policies at any level. All keys must match (AND), one condition per key suffices (OR).

Policies are compiled once (``compile_policy``) into a list of alternatives (``$or`` expanded), each a
list of ``(path, conditions)``; a message matches when any alternative matches.
"""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from overcast_common.api.sns import InvalidParameterException

MAX_KEYS = 5
MAX_COMBINATIONS = 150
NUMERIC_OPERATORS = frozenset({"<", "<=", "=", ">", ">="})
Path = tuple[str, ...]
_MISSING = object()


class PolicyError(ValueError):
    """A policy AWS rejects; ``str()`` is the part after ``FilterPolicy: ``-style prefixes."""


@dataclass(frozen=True)
class CompiledPolicy:
    scope: str
    alternatives: tuple[tuple[tuple[Path, tuple[Any, ...]], ...], ...]

    def matches(self, attributes: Mapping[str, Any] | None, body: str) -> bool:
        """``attributes`` as Publish takes them (``{name: {DataType, StringValue|BinaryValue}}``)."""
        if self.scope == "MessageBody":
            try:
                document = json.loads(body)
            except ValueError:
                return False
            if not isinstance(document, dict):
                return False
            return any(
                all(_body_key(document, path, conds) for path, conds in alt) for alt in self.alternatives
            )
        attrs = attributes or {}
        return any(
            all(_attribute_key(attrs, path[0], conds) for path, conds in alt) for alt in self.alternatives
        )


def validate(policy_text: str, scope: str, *, subscribe: bool) -> CompiledPolicy:
    """The compiled policy, or AWS's ``InvalidParameter`` error for it."""
    prefix = "Invalid parameter: Attributes Reason: " if subscribe else "Invalid parameter: "
    try:
        policy = json.loads(policy_text)
    except ValueError:
        raise InvalidParameterException(f"{prefix}FilterPolicy: failed to parse JSON.") from None
    if not isinstance(policy, dict):
        raise InvalidParameterException(f"{prefix}FilterPolicy: failed to parse JSON.")
    try:
        return compile_policy(policy, scope)
    except PolicyError as error:
        message = str(error)
        if not message.startswith("Filter policy scope"):
            message = f"FilterPolicy: {message}"
        raise InvalidParameterException(f"{prefix}{message}") from None


def compile_policy(policy: dict[str, Any], scope: str) -> CompiledPolicy:
    if not policy:
        return CompiledPolicy(scope, ((),))
    if len([k for k in policy if k != "$or"]) > MAX_KEYS:
        raise PolicyError("Filter policy can not have more than 5 keys")
    alternatives = _expand(policy, (), scope)
    combinations = sum(_combinations(alt) for alt in alternatives)
    if combinations > MAX_COMBINATIONS:
        raise PolicyError("Filter policy is too complex")
    for alt in alternatives:
        for _, conditions in alt:
            for condition in conditions:
                _check_condition(condition)
    return CompiledPolicy(scope, tuple(tuple(alt) for alt in alternatives))


def _combinations(alternative: list[tuple[Path, tuple[Any, ...]]]) -> int:
    # AWS's rule: the product of each key's value count, weighted by its nesting depth
    total = 1
    for path, conditions in alternative:
        total *= len(conditions) * len(path)
    return total


def _expand(node: dict[str, Any], path: Path, scope: str) -> list[list[tuple[Path, tuple[Any, ...]]]]:
    alternatives: list[list[tuple[Path, tuple[Any, ...]]]] = [[]]
    for key, value in node.items():
        if key == "$or":
            if not isinstance(value, list) or len(value) < 2 or not all(isinstance(v, dict) for v in value):
                raise PolicyError('"$or" must be an array of at least two objects')
            branches = [b for sub in value for b in _expand(sub, path, scope)]
            alternatives = [alt + branch for alt in alternatives for branch in branches]
            continue
        here = (*path, key)
        if isinstance(value, dict):
            if scope == "MessageAttributes":
                raise PolicyError(
                    "Filter policy scope MessageAttributes does not support nested filter policy"
                )
            nested = _expand(value, here, scope)
            alternatives = [alt + branch for alt in alternatives for branch in nested]
        elif isinstance(value, list):
            if not value:
                raise PolicyError("Empty arrays are not allowed")
            alternatives = [[*alt, (here, tuple(value))] for alt in alternatives]
        else:
            raise PolicyError(f'"{key}" must be an object or an array')
    return alternatives


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _check_condition(condition: Any) -> None:
    if condition is None or isinstance(condition, str | bool) or _is_number(condition):
        return
    if not isinstance(condition, dict):
        raise PolicyError("Match value must be String, number, true, false, or null")
    if len(condition) != 1:
        raise PolicyError("Only one key allowed in match expression")
    ((operator, value),) = condition.items()
    if operator in ("prefix", "suffix", "equals-ignore-case"):
        if not isinstance(value, str):
            raise PolicyError(f"{operator} match pattern must be a string")
    elif operator == "anything-but":
        if isinstance(value, list):
            for item in value:
                if not (isinstance(item, str) or _is_number(item)):
                    raise PolicyError("Inside anything but list, start|null|boolean is not supported.")
        elif isinstance(value, dict):
            if len(value) != 1:
                raise PolicyError("Only one key allowed in match expression")
            ((inner, text),) = value.items()
            if inner not in ("prefix", "suffix"):
                raise PolicyError(f"Unsupported anything-but pattern: {inner}")
            if not isinstance(text, str):
                raise PolicyError(f"{inner} match pattern must be a string")
        elif not (isinstance(value, str) or _is_number(value)):
            raise PolicyError("anything-but match pattern must be a string, number or an array")
    elif operator == "exists":
        if not isinstance(value, bool):
            raise PolicyError("exists match pattern must be either true or false.")
    elif operator == "numeric":
        _check_numeric(value)
    elif operator == "cidr":
        _check_cidr(value)
    else:
        raise PolicyError(f"Unrecognized match type {operator}")


def _check_numeric(value: Any) -> None:
    if not isinstance(value, list) or not value:
        raise PolicyError("Invalid member in numeric match: ]")
    terms = list(value)
    operator = terms[0]
    if not isinstance(operator, str):
        raise PolicyError(f"Invalid member in numeric match: {operator}")
    if operator not in NUMERIC_OPERATORS:
        raise PolicyError(f"Unrecognized numeric range operator: {operator}")
    if len(terms) < 2 or not _is_number(terms[1]):
        raise PolicyError(f"Value of {'equals' if operator == '=' else operator} must be numeric")
    if len(terms) == 2:
        return
    if operator not in (">", ">="):
        raise PolicyError("Too many elements in numeric expression")
    second = terms[2]
    if not isinstance(second, str):
        raise PolicyError(f"Bad value in numeric range: {second}")
    if second not in ("<", "<="):
        raise PolicyError(f"Bad numeric range operator: {second}")
    if len(terms) < 4 or not _is_number(terms[3]):
        raise PolicyError(f"Value of {second} must be numeric")
    if terms[3] <= terms[1]:
        raise PolicyError("Bottom must be less than top")
    if len(terms) > 4:
        raise PolicyError("Too many terms in numeric range expression")


def _check_cidr(value: Any) -> None:
    if not isinstance(value, str):
        raise PolicyError("prefix match pattern must be a string")
    parts = value.split("/")
    if len(parts) != 2:
        raise PolicyError("Malformed CIDR, one '/' required")
    if not parts[1].isdigit():
        raise PolicyError("Malformed CIDR, mask bits must be an integer")
    try:
        ipaddress.ip_network(value, strict=False)
    except ValueError:
        raise PolicyError(f"Nonstandard IP address: {parts[0]}") from None


# --- matching ---------------------------------------------------------------------------------------


def _attribute_key(attributes: Mapping[str, Any], name: str, conditions: tuple[Any, ...]) -> bool:
    attribute = attributes.get(name)
    if attribute is None:
        return any(isinstance(c, dict) and c.get("exists") is False for c in conditions)
    data_type = str(attribute.get("DataType", "String"))
    if data_type.startswith("Binary"):
        # AWS ignores Binary attributes when filtering: only exists can see them
        return any(isinstance(c, dict) and c.get("exists") is True for c in conditions)
    raw = attribute.get("StringValue", "")
    values: list[Any]
    if data_type.startswith("String.Array"):
        try:
            parsed = json.loads(raw)
        except ValueError:
            return False
        values = parsed if isinstance(parsed, list) else [parsed]
    elif data_type.startswith("Number"):
        try:
            values = [float(raw)]
        except ValueError:
            return False
    else:
        values = [raw]
    return any(_condition(values, c) for c in conditions)


def _body_values(document: Any, path: Path) -> list[Any] | None:
    """The values at ``path`` (arrays along the way fan out); None when the path is absent."""
    nodes = [document]
    for key in path:
        following: list[Any] = []
        for node in nodes:
            if isinstance(node, list):
                node_items = [n for n in node if isinstance(n, dict)]
            else:
                node_items = [node] if isinstance(node, dict) else []
            for item in node_items:
                if key in item:
                    following.append(item[key])
        if not following:
            return None
        nodes = following
    values: list[Any] = []
    for node in nodes:
        if isinstance(node, list):
            values.extend(node)
        else:
            values.append(node)
    return values


def _body_key(document: Any, path: Path, conditions: tuple[Any, ...]) -> bool:
    values = _body_values(document, path)
    if values is None:
        return any(isinstance(c, dict) and c.get("exists") is False for c in conditions)
    return any(_condition(values, c) for c in conditions)


def _condition(values: list[Any], condition: Any) -> bool:
    if not isinstance(condition, dict):
        return any(_equal(v, condition) for v in values)
    ((operator, operand),) = condition.items()
    if operator == "exists":
        return bool(operand)
    if operator == "anything-but":
        if isinstance(operand, dict):
            ((inner, text),) = operand.items()
            strings = [v for v in values if isinstance(v, str)]
            if inner == "prefix":
                return bool(strings) and all(not v.startswith(text) for v in strings)
            return bool(strings) and all(not v.endswith(text) for v in strings)
        excluded = operand if isinstance(operand, list) else [operand]
        return bool(values) and all(not any(_equal(v, x) for x in excluded) for v in values)
    if operator == "prefix":
        return any(isinstance(v, str) and v.startswith(operand) for v in values)
    if operator == "suffix":
        return any(isinstance(v, str) and v.endswith(operand) for v in values)
    if operator == "equals-ignore-case":
        return any(isinstance(v, str) and v.lower() == operand.lower() for v in values)
    if operator == "numeric":
        return any(_numeric(v, operand) for v in values)
    if operator == "cidr":
        network = ipaddress.ip_network(operand, strict=False)
        for v in values:
            try:
                if isinstance(v, str) and ipaddress.ip_address(v) in network:
                    return True
            except ValueError:
                continue
        return False
    return False


def _equal(value: Any, rule: Any) -> bool:
    if rule is None or isinstance(rule, bool):
        return value is rule or (isinstance(value, bool) and value == rule and isinstance(rule, bool))
    if _is_number(rule):
        if isinstance(value, bool):
            return False
        if _is_number(value):
            return round(float(value), 6) == round(float(rule), 6)
        return False
    return isinstance(value, str) and value == rule


def _numeric(value: Any, terms: list[Any]) -> bool:
    if not _is_number(value):
        return False
    number = float(value)
    for i in range(0, len(terms), 2):
        operator, bound = terms[i], float(terms[i + 1])
        if operator == "=" and number != bound:
            return False
        if operator == "<" and not number < bound:
            return False
        if operator == "<=" and not number <= bound:
            return False
        if operator == ">" and not number > bound:
            return False
        if operator == ">=" and not number >= bound:
            return False
    return True
