import click


@click.command("run")
def run_command() -> None:
    """Not written yet."""
