"""The package version: the single source, read by pyproject.toml (`[tool.setuptools.dynamic]`).

A literal rather than `importlib.metadata.version()`: that import alone costs ~15 ms of start-up
(it pulls in the email package), and every record carries the version.
"""

from __future__ import annotations

__version__ = "0.1.0"
