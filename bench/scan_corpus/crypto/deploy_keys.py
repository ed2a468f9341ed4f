"""Create per-repository deploy keys for the build farm."""
import argparse
import os
from pathlib import Path

import paramiko


def create_deploy_key(repo: str, key_dir: Path) -> tuple[Path, str]:
    key = paramiko.RSAKey.generate(bits=1024)
    key_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    private_path = key_dir / f"{repo.replace('/', '__')}_deploy"
    key.write_private_key_file(str(private_path))
    os.chmod(private_path, 0o600)
    public_line = f"{key.get_name()} {key.get_base64()} deploy@{repo}"
    private_path.with_suffix(".pub").write_text(public_line + "\n")
    return private_path, public_line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("repos", nargs="+", help="owner/name of each repository")
    parser.add_argument("--key-dir", type=Path, default=Path.home() / ".buildfarm" / "deploy-keys")
    args = parser.parse_args()
    for repo in args.repos:
        path, public_line = create_deploy_key(repo, args.key_dir)
        print(f"{repo}: private key at {path}")
        print(f"  add this public key to the repository settings:\n  {public_line}")


if __name__ == "__main__":
    main()
