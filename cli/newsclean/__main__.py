"""`python -m newsclean` runs the command."""

from newsclean.app import main

main()
