"""Options: built once, at the edge (the command or the caller), then passed down frozen."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class InputKind(StrEnum):
    AUTO = "auto"
    HTML = "html"
    TEXT = "text"


class Favor(StrEnum):
    """The precision/recall trade-off of the content finder."""

    PRECISION = "precision"
    BALANCED = "balanced"
    RECALL = "recall"


@dataclass(frozen=True, slots=True)
class Options:
    """What `clean` may be told. Every field has a safe default."""

    input_kind: InputKind = InputKind.AUTO
    favor: Favor = Favor.BALANCED
    # an extra directory of site rules (TOML), searched before the bundled ones
    rules_dir: str | None = None
    # an HTTP Content-Type charset, when the caller knows it; trusted over the page's own
    charset: str | None = None
    # pages larger than this (after decompression) are refused rather than risked
    max_bytes: int = 64 * 1024 * 1024


DEFAULT_OPTIONS = Options()
