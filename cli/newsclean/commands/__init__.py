"""The commands, one module each; `register` adds them all to the app."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    from newsclean.commands import batch, clean, explain

    clean.register(app)
    batch.register(app)
    explain.register(app)
