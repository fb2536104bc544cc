import click


@click.command("new")
def new_command() -> None:
    """Not written yet."""
