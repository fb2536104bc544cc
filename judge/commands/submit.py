import click


@click.command("submit")
def submit_command() -> None:
    """Not written yet."""
