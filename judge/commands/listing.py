import click


@click.command("list")
def list_command() -> None:
    """Not written yet."""
