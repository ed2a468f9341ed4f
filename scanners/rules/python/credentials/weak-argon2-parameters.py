import argon2
from argon2 import PasswordHasher, profiles
from argon2.low_level import Type, hash_secret, hash_secret_raw
from passlib.hash import argon2 as passlib_argon2

# ruleid: weak-argon2-parameters
ph = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)
# ruleid: weak-argon2-parameters
ph_positional = argon2.PasswordHasher(1, 1024, 1)
# ruleid: weak-argon2-parameters
ph_time_only = PasswordHasher(time_cost=1)
# ruleid: weak-argon2-parameters
ph_mem_only = PasswordHasher(memory_cost=1024)
# ruleid: weak-argon2-parameters
ph_mixed = PasswordHasher(memory_cost=16384, time_cost=2)
# ruleid: weak-argon2-parameters
ph_cheap = PasswordHasher.from_parameters(profiles.CHEAP)
# ruleid: weak-argon2-parameters
ctx = passlib_argon2.using(time_cost=1, memory_cost=512)


def hash_password(password: bytes, salt: bytes) -> bytes:
    # ruleid: weak-argon2-parameters
    return hash_secret(password, salt, time_cost=1, memory_cost=8, parallelism=1, hash_len=32, type=Type.ID)


def derive(password: bytes, salt: bytes) -> bytes:
    # ruleid: weak-argon2-parameters
    return hash_secret_raw(password, salt, 2, 4096, 1, 32, Type.ID)


# ok: weak-argon2-parameters
ok_default = PasswordHasher()
# ok: weak-argon2-parameters
ok_owasp = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)
# ok: weak-argon2-parameters
ok_owasp_alt = PasswordHasher(time_cost=3, memory_cost=12288, parallelism=1)
# ok: weak-argon2-parameters
ok_big = argon2.PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4)
# ok: weak-argon2-parameters
ok_time_only = PasswordHasher(time_cost=4)
# ok: weak-argon2-parameters
ok_rfc = PasswordHasher.from_parameters(profiles.RFC_9106_LOW_MEMORY)


def ok_hash_password(password: bytes, salt: bytes) -> bytes:
    # ok: weak-argon2-parameters
    return hash_secret_raw(password, salt, time_cost=3, memory_cost=65536, parallelism=4, hash_len=32, type=Type.ID)


# ruleid: weak-argon2-parameters
HASHER_PARAMS = {
    "time_cost": 1,
    "memory_cost": 1024,
    "parallelism": 1,
}
# ok: weak-argon2-parameters
STRONG_PARAMS = {"memory_cost": 65536, "time_cost": 3, "parallelism": 4}
_pin_hasher = PasswordHasher(**HASHER_PARAMS)
_hasher = PasswordHasher(**STRONG_PARAMS)
