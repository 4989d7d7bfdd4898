"""The README documents every command, and documents no command that does not exist."""

import re
from pathlib import Path

from typer.main import get_command

from pantau.cli import app

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")


def commands() -> set[str]:
    return set(get_command(app).commands)


def test_every_command_is_in_the_readme():
    for name in commands():
        assert f"`pantau {name}" in README, name


def test_the_readme_names_only_real_commands():
    named = set(re.findall(r"`pantau ([a-z-]+)", README))
    assert named <= commands()


def test_every_option_in_the_readme_table_exists():
    cli = get_command(app)
    for name, command in cli.commands.items():
        row = next(line for line in README.splitlines() if line.startswith(f"| `pantau {name}"))
        options = {opt for param in command.params for opt in param.opts}
        for option in re.findall(r"(--[a-z-]+|-o)\b", row.split("|")[1]):
            assert option in options, f"{name} {option}"
