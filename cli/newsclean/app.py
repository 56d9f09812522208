"""The `newsclean` command: parse options, call the library, map errors to exit codes.

Exit codes: 0 every input gave an article; 1 at least one input failed (each failure is
one line on stderr, and an error record in JSON output); 2 usage error.
Data goes to stdout (or --output); messages go to stderr.
"""

from __future__ import annotations

import sys

import typer

from newsclean.commands import register

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2

app = typer.Typer(
    name="newsclean",
    help="Scraped news pages (HTML or text dumps) to clean articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from newsclean.version import __version__

        typer.echo(f"newsclean {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """Scraped news pages (HTML or text dumps) to clean articles."""


register(app)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("newsclean: interrupted\n")
        sys.exit(130)


if __name__ == "__main__":
    main()
