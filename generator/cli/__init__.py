"""The command line: `python -m generator COMMAND` (main.py parses; each command has its module)."""
