"""Generate the RSA key pair used to sign draw certification reports.

Run by the draw security officer during the annual key ceremony on the
offline workstation; the private key is written encrypted and the public
key is handed to the regulator.
"""
from __future__ import annotations

import argparse
import getpass
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


@dataclass(frozen=True)
class CeremonySettings:
    key_bits: int = 3072
    public_exponent: int = 65537
    private_name: str = "certification-signing.pem"
    public_name: str = "certification-signing.pub.pem"


class CertificationKeyCeremony:
    def __init__(self, settings: CeremonySettings = CeremonySettings()) -> None:
        self.settings = settings

    def generate(self) -> rsa.RSAPrivateKey:
        return rsa.generate_private_key(
            public_exponent=self.settings.public_exponent,
            key_size=self.settings.key_bits,
        )

    def write(self, key: rsa.RSAPrivateKey, out_dir: Path, passphrase: bytes) -> tuple[Path, Path]:
        private_path = out_dir / self.settings.private_name
        public_path = out_dir / self.settings.public_name
        private_path.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.BestAvailableEncryption(passphrase),
            )
        )
        private_path.chmod(0o600)
        public_path.write_bytes(
            key.public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )
        return private_path, public_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args()
    passphrase = getpass.getpass("Ceremony passphrase: ").encode("utf-8")
    ceremony = CertificationKeyCeremony()
    paths = ceremony.write(ceremony.generate(), args.out_dir, passphrase)
    print("wrote", *paths)


if __name__ == "__main__":
    main()
