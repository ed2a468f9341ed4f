import rsa as pyrsa
from Crypto.PublicKey import DSA, RSA
from cryptography.hazmat.primitives.asymmetric import dh, dsa, ec, rsa
import paramiko

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
