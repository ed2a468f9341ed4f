"""`deployctl release` - roll a service out to a cluster with Helm."""
import os
import subprocess

import click


@click.command()
@click.argument("release")
@click.option("--chart", required=True, help="chart reference, e.g. oci://registry/charts/api")
@click.option("--namespace", "-n", default="default")
@click.option("--image-tag", required=True)
@click.option("--values", "values_file", type=click.Path(exists=True), default=None)
@click.option("--dry-run", is_flag=True)
def release(release, chart, namespace, image_tag, values_file, dry_run):
    """Install or upgrade RELEASE from CHART with the given image tag."""
    extra = f"-f {values_file}" if values_file else ""
    cmd = (
        f"helm upgrade --install {release} {chart} --namespace {namespace} "
        f"--set image.tag={image_tag} {extra} --wait --timeout 10m"
    )
    if dry_run:
        cmd += " --dry-run"
    click.echo(f"$ {cmd}")
    result = subprocess.run(cmd, shell=True, env={**os.environ, "HELM_NAMESPACE": namespace})
    if result.returncode != 0:
        raise click.ClickException(f"helm exited with {result.returncode}")
    click.secho(f"{release} is at {image_tag}", fg="green")


if __name__ == "__main__":
    release()
