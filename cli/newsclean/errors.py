"""The library's errors: each says in one plain sentence what is wrong with the input.

The command turns them into one line on stderr; `kind` is the stable machine name
that appears in error records (`{"source", "error", "kind"}`).
"""

from __future__ import annotations


class NewscleanError(Exception):
    """Base of every error newsclean raises on purpose."""

    kind = "error"


class EmptyInputError(NewscleanError):
    kind = "empty"


class BinaryInputError(NewscleanError):
    kind = "binary"


class NotAPageError(NewscleanError):
    kind = "not-a-page"


class UndecodableError(NewscleanError):
    kind = "undecodable"


class InputTooLargeError(NewscleanError):
    kind = "too-large"


class NoArticleError(NewscleanError):
    kind = "no-article"


class PageTimeoutError(NewscleanError):
    kind = "timeout"


class InputReadError(NewscleanError):
    """The input could not be read at all (missing file, permission, broken archive)."""

    kind = "unreadable"
