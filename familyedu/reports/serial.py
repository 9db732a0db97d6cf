"""JSON round-trip for the report dataclasses, so the letter register can store a snapshot."""

from __future__ import annotations

import base64
import dataclasses
import types
import typing
from datetime import date
from typing import Any, Self, Union


class Snapshot:
    """Mixin giving frozen dataclasses to_dict()/from_dict() over JSON-safe values."""

    def to_dict(self) -> dict[str, Any]:
        """Plain dict of str/int/float/bool/None/list/dict, ready for json.dumps."""
        if not dataclasses.is_dataclass(self):
            raise TypeError(f"{type(self).__name__} is not a dataclass")
        return {f.name: _dump(getattr(self, f.name)) for f in dataclasses.fields(self)}

    @classmethod
    def from_dict(cls, data: typing.Mapping[str, Any]) -> Self:
        """Rebuild from to_dict() output; missing keys take their defaults."""
        if not dataclasses.is_dataclass(cls):
            raise TypeError(f"{cls.__name__} is not a dataclass")
        hints = typing.get_type_hints(cls)
        names = {f.name for f in dataclasses.fields(cls)}
        unknown = set(data) - names
        if unknown:
            # A snapshot written by a newer version: refuse rather than drop what it says.
            raise ValueError(f"{cls.__name__}: unknown fields {sorted(unknown)}")
        kwargs = {name: _load(hints[name], data[name], f"{cls.__name__}.{name}")
                  for name in names if name in data}
        return cls(**kwargs)


def _dump(value: Any) -> Any:
    if isinstance(value, Snapshot):
        return value.to_dict()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, tuple | list):
        return [_dump(v) for v in value]
    return value


def _load(tp: Any, value: Any, where: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = typing.get_args(tp)
        if value is None and type(None) in args:
            return None
        inner = [a for a in args if a is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"{where}: unsupported union {tp}")
        return _load(inner[0], value, where)
    if origin is tuple:
        item_type = typing.get_args(tp)[0]
        if not isinstance(value, list | tuple):
            raise ValueError(f"{where}: expected a list")
        return tuple(_load(item_type, v, f"{where}[{i}]") for i, v in enumerate(value))
    if isinstance(tp, type) and issubclass(tp, Snapshot):
        if not isinstance(value, dict):
            raise ValueError(f"{where}: expected an object")
        return tp.from_dict(value)
    return _load_scalar(tp, value, where)


def _load_scalar(tp: Any, value: Any, where: str) -> Any:
    if tp is date:
        if not isinstance(value, str):
            raise ValueError(f"{where}: expected an ISO date")
        return date.fromisoformat(value)
    if tp is bytes:
        if not isinstance(value, str):
            raise ValueError(f"{where}: expected base64 text")
        return base64.b64decode(value, validate=True)
    if tp is float and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if tp is bool and isinstance(value, bool):
        return value
    if tp is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if tp is str and isinstance(value, str):
        return value
    raise ValueError(f"{where}: expected {getattr(tp, '__name__', tp)}, got {type(value).__name__}")
