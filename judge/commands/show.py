import click


@click.command("show")
def show_command() -> None:
    """Not written yet."""
