"""`deployctl rollback` - revert a Deployment to a previous ReplicaSet revision."""
from __future__ import annotations

import re
import subprocess
import sys

import click

NAME_RE = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")


def kubectl(*args: str, context: str | None = None) -> str:
    cmd = ["kubectl"]
    if context:
        cmd += ["--context", context]
    cmd += list(args)
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise click.ClickException(proc.stderr.strip() or f"kubectl exited {proc.returncode}")
    return proc.stdout


@click.command()
@click.argument("deployment")
@click.option("-n", "--namespace", default="default")
@click.option("--to-revision", type=int, default=0, help="0 means the previous revision")
@click.option("--context", default=None)
def rollback(deployment: str, namespace: str, to_revision: int, context: str | None) -> None:
    if not NAME_RE.match(deployment) or not NAME_RE.match(namespace):
        raise click.BadParameter("names must be DNS-1123 labels")
    click.echo(kubectl("rollout", "history", f"deployment/{deployment}", "-n", namespace, context=context))
    if not click.confirm(f"Roll back {namespace}/{deployment}?"):
        sys.exit(1)
    kubectl(
        "rollout", "undo", f"deployment/{deployment}", "-n", namespace,
        f"--to-revision={to_revision}", context=context,
    )
    kubectl("rollout", "status", f"deployment/{deployment}", "-n", namespace, "--timeout=5m", context=context)
    click.secho("rollback complete", fg="green")


if __name__ == "__main__":
    rollback()
