"""Subcommands of ``fieldkit``: each module here defines ``register(subparsers)``.

A module per area (core, exchange, reports …) so the command line grows without
one file everyone edits. Modules register in alphabetical order, ``core`` first.
"""
