"""Positional constructors for frozen, slotted dataclasses, for reading the cache.

A frozen dataclass's `__init__` sets each field through `object.__setattr__`, looked up
anew for every field; a rebuild reads some 60,000 sentences and time expressions back
from the analysis cache, and that lookup was most of the time spent making them. The
constructor made here sets the slots through their descriptors instead: the same
object (equal, same class, still frozen), in about half the time.

It runs no `__post_init__`, so a class that validates its fields there (`Interval`) is
refused: use its own constructor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, is_dataclass
from typing import Any, TypeVar

T = TypeVar("T")


def positional_constructor(cls: type[T]) -> Callable[..., T]:
    """A function taking every field of `cls` in order, positionally, and returning
    the instance `cls(*values)` would."""
    if not (is_dataclass(cls) and "__slots__" in cls.__dict__):
        raise TypeError(f"{cls.__name__} is not a slotted dataclass")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__} checks its fields in __post_init__: use its constructor")
    names = [f.name for f in fields(cls)]
    if any(name == "self" or name.startswith("_") for name in names):
        raise TypeError(f"{cls.__name__} has a field named like the constructor's own variables")
    if any(not f.init for f in fields(cls)):
        raise TypeError(f"{cls.__name__} has fields its constructor does not take")
    namespace: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    lines = [f"def make({', '.join(names)}):", "    self = _new(_cls)"]
    for n, name in enumerate(names):
        namespace[f"_set{n}"] = cls.__dict__[name].__set__  # the slot's descriptor
        lines.append(f"    _set{n}(self, {name})")
    lines.append("    return self")
    exec("\n".join(lines), namespace)  # noqa: S102 - names come from the dataclass's fields
    make = namespace["make"]
    make.__qualname__ = make.__name__ = f"make_{cls.__name__}"
    return make


__all__ = ["positional_constructor"]
