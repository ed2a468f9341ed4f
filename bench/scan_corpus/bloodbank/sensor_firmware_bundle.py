"""Stage firmware bundles for the cold-chain sensor gateways.

Vendors ship firmware as a tarball; we unpack it into the staging area the
gateway update server serves from, after checking the detached signature.
"""
import argparse
import logging
import subprocess
import tarfile
from pathlib import Path

log = logging.getLogger("firmware")


def verify_signature(bundle: Path, signature: Path, keyring: Path) -> None:
    subprocess.run(
        ["gpgv", "--keyring", str(keyring), str(signature), str(bundle)],
        check=True,
        capture_output=True,
    )


def stage_bundle(bundle: Path, staging_root: Path) -> Path:
    version = bundle.name.removesuffix(".tar.gz")
    dest = staging_root / version
    dest.mkdir(parents=True, exist_ok=False)
    with tarfile.open(bundle, "r:gz") as tar:
        tar.extractall(dest, filter="data")
    manifest = dest / "MANIFEST"
    if not manifest.is_file():
        raise RuntimeError(f"{bundle.name} has no MANIFEST")
    log.info("staged firmware %s (%d files)", version, sum(1 for _ in dest.rglob("*")))
    return dest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--sig", type=Path, required=True)
    parser.add_argument("--keyring", type=Path, default=Path("/etc/bloodbank/vendor-keys.gpg"))
    parser.add_argument("--staging", type=Path, default=Path("/srv/firmware/staging"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    verify_signature(args.bundle, args.sig, args.keyring)
    stage_bundle(args.bundle, args.staging)


if __name__ == "__main__":
    main()
