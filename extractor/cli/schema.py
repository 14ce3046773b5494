"""`letters schema`: the JSON Schema of every JSON shape the tool prints."""

from __future__ import annotations

import json

import click

from extractor.cli.base import main


@main.command("schema")
@click.argument("name", required=False)
@click.option("--list", "list_names", is_flag=True, help="List the schema names.")
def schema_command(name: str | None, list_names: bool) -> None:
    """Print the JSON Schema of NAME (or of every shape) as JSON."""
    from models.schemas import SCHEMAS

    if list_names:
        for key, model in SCHEMAS.items():
            click.echo(f"{key}\t{model.__doc__.strip().splitlines()[0] if model.__doc__ else ''}")
        return
    if name is None:
        payload = {key: model.model_json_schema() for key, model in SCHEMAS.items()}
    elif name in SCHEMAS:
        payload = SCHEMAS[name].model_json_schema()
    else:
        raise click.BadParameter(f"unknown schema {name!r}; one of: {', '.join(SCHEMAS)}", param_hint="NAME")
    click.echo(json.dumps(payload, indent=2))
