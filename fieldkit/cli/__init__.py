"""The command line: ``fieldkit.cli.main`` parses; a module per area registers its commands."""
