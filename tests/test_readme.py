"""The README documents every command and every option, and its quick start is the CI command."""

from __future__ import annotations

import re
from typing import Any

import typer.main

from conftest import ROOT
from newsclean.app import app

README = (ROOT / "README.md").read_text(encoding="utf-8")
BATCH_DOC = (ROOT / "docs" / "batch.md").read_text(encoding="utf-8")


def _commands() -> dict[str, Any]:
    """The click commands typer builds (typer vendors its own click, so no isinstance checks)."""
    return dict(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_every_command_has_a_section():
    commands = _commands()
    assert set(commands) == {"clean", "batch", "explain"}
    for name in commands:
        assert re.search(rf"^## .*`newsclean {name}`|^## The `{name}` command", README, re.M), name


def test_every_option_is_documented():
    for name, command in _commands().items():
        docs = README + (BATCH_DOC if name == "batch" else "")
        for param in command.params:
            if param.param_type_name == "option":
                flags = [f for f in param.opts + param.secondary_opts if f.startswith("--") and f != "--help"]
                assert any(flag in docs for flag in flags), f"{name}: {flags} not in the docs"


def test_quick_start_is_two_commands_and_ci_runs_the_second():
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.+?)\n```", quick, re.S)
    assert len(commands) == 2
    assert "pip install ." in commands[0] and "newsclean clean samples/" in commands[0]
    assert commands[1].strip() == ".ci/run" and (ROOT / ".ci" / "run").exists()
