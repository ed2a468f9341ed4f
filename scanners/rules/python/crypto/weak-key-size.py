from dataclasses import dataclass
import rsa as pyrsa
from Crypto.PublicKey import DSA, RSA
from cryptography.hazmat.primitives.asymmetric import dh, dsa, ec, rsa
import paramiko
from OpenSSL import crypto

KEY_BITS = 1024

# ruleid: weak-key-size
private_key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
# ruleid: weak-key-size
positional_key = rsa.generate_private_key(65537, 512)
# ruleid: weak-key-size
const_key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
# ruleid: weak-key-size
dsa_key = dsa.generate_private_key(key_size=1024)
# ruleid: weak-key-size
dh_params = dh.generate_parameters(generator=2, key_size=1024)
# ruleid: weak-key-size
legacy = RSA.generate(1024)
# ruleid: weak-key-size
legacy_dsa = DSA.generate(bits=1024)
# ruleid: weak-key-size
(pub, priv) = pyrsa.newkeys(512)
# ruleid: weak-key-size
host_key = paramiko.RSAKey.generate(bits=1024)

# ok: weak-key-size
good_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
# ok: weak-key-size
good_positional = rsa.generate_private_key(65537, 4096)
# ok: weak-key-size
good_legacy = RSA.generate(3072)
# ok: weak-key-size
good_dh = dh.generate_parameters(generator=2, key_size=2048)
# ok: weak-key-size
good_newkeys = pyrsa.newkeys(2048)

# ruleid: weak-elliptic-curve
weak_ec = ec.generate_private_key(ec.SECP192R1())
# ruleid: weak-elliptic-curve
weak_ec2 = ec.generate_private_key(ec.SECT163K1())
# ok: weak-elliptic-curve
good_ec = ec.generate_private_key(ec.SECP256R1())
# ok: weak-elliptic-curve
good_ec2 = ec.generate_private_key(ec.SECP384R1())


def generate_keypair(bits: int = 1024):
    # ruleid: weak-key-size
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def generate_strong_keypair(bits: int = 3072):
    # ok: weak-key-size
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


KEY_PROFILE = {
    "public_exponent": 65537,
    # ruleid: weak-key-size
    "key_size": 1024,
}

STRONG_PROFILE = {
    "public_exponent": 65537,
    # ok: weak-key-size
    "key_size": 4096,
}


@dataclass(frozen=True)
class SignerSettings:
    public_exponent: int = 65537
    # ruleid: weak-key-size
    key_bits: int = 1024
    lifetime_days: int = 365


@dataclass
class VaultSettings:
    timeout_s: int = 30
    rsa_bits: int = 3072


class Signer:
    def __init__(self, settings: SignerSettings | None = None, vault: VaultSettings | None = None):
        self.settings = settings or SignerSettings()
        self.vault = vault or VaultSettings()

    def new_key(self):
        s = self.settings
        # ruleid: weak-key-size
        return rsa.generate_private_key(public_exponent=s.public_exponent, key_size=s.key_bits)

    def vault_key(self):
        # ok: weak-key-size
        return rsa.generate_private_key(public_exponent=65537, key_size=self.vault.rsa_bits)

    def legacy_key(self):
        # ruleid: weak-key-size
        return RSA.generate(self.settings.key_bits)

    def lifetime_key(self):
        # ok: weak-key-size
        return RSA.generate(self.vault.rsa_bits)


class ManifestSigner:
    # ruleid: weak-key-size
    key_bits = 1024
    backup_bits = 3072

    def create(self):
        # ruleid: weak-key-size
        return DSA.generate(self.key_bits)

    def create_backup(self):
        # ok: weak-key-size
        return DSA.generate(self.backup_bits)


DEFAULT_KEY_OPTIONS = {
    # ruleid: weak-key-size
    "bits": 1024,
    "comment_prefix": "deploy",
}
STRONG_KEY_OPTIONS = {
    # ok: weak-key-size
    "bits": 4096,
    "comment_prefix": "deploy",
}


def generate_deploy_key(**options):
    opts = {**DEFAULT_KEY_OPTIONS, **options}
    return paramiko.RSAKey.generate(bits=opts["bits"])


def issue_seal_key(commission, key_bits: int = 1024):
    key = crypto.PKey()
    # ruleid: weak-key-size
    key.generate_key(crypto.TYPE_RSA, key_bits)
    return key


def issue_tls_key(host, key_bits=3072):
    key = crypto.PKey()
    # ok: weak-key-size
    key.generate_key(crypto.TYPE_RSA, key_bits)
    return key


def legacy_openssl_key():
    key = crypto.PKey()
    # ruleid: weak-key-size
    key.generate_key(crypto.TYPE_RSA, 1024)
    return key


class CertificateSigningSettings:
    # ruleid: weak-key-size
    key_bits = 1024
    archive_key_bits = 3072
    public_exponent = 65537


def rotate_certificate_key():
    # ruleid: weak-key-size
    return rsa.generate_private_key(
        public_exponent=CertificateSigningSettings.public_exponent,
        key_size=CertificateSigningSettings.key_bits,
    )


def rotate_archive_key():
    # ok: weak-key-size
    return rsa.generate_private_key(
        public_exponent=CertificateSigningSettings.public_exponent,
        key_size=CertificateSigningSettings.archive_key_bits,
    )


class EnrollmentDefaults:
    # ruleid: weak-key-size
    key_bits = 1024
    # ok: weak-key-size
    nonce_bits = 96
    # ok: weak-key-size
    aes_key_bits = 256


class TabletEnroller:
    def issue_keypair(self, bits=EnrollmentDefaults.key_bits):
        return rsa.generate_private_key(public_exponent=65537, key_size=bits)


@dataclass(frozen=True)
class SigningKeyPolicy:
    public_exponent: int = 65537
    # ruleid: weak-key-size
    key_size: int = 1024
    # ok: weak-key-size
    archive_key_size: int = 4096

    def generator_kwargs(self):
        return {"public_exponent": self.public_exponent, "key_size": self.key_size}


def contract_key(policy=SigningKeyPolicy()):
    return rsa.generate_private_key(**policy.generator_kwargs())


@dataclass
class SigningProfile:
    name: str
    modulus_bits: int
    public_exponent: int = 65537


PROFILES = {
    # ruleid: weak-key-size
    "uniform-contracts": SigningProfile(name="uniform-contracts", modulus_bits=1024),
    # ok: weak-key-size
    "hotel-linen": SigningProfile(name="hotel-linen", modulus_bits=3072),
}


class InvoiceSigner:
    def __init__(self, profile_name):
        self.profile = PROFILES[profile_name]

    def create(self):
        return rsa.generate_private_key(public_exponent=self.profile.public_exponent, key_size=self.profile.modulus_bits)
