from passlib.context import CryptContext

# Options unpacked from a dict into CryptContext.
# ruleid: weak-argon2-parameters
KIOSK_HASH_OPTIONS = {
    "schemes": ["argon2"],
    "argon2__time_cost": 1,
    "argon2__memory_cost": 2048,
    "argon2__parallelism": 1,
}
kiosk_context = CryptContext(**KIOSK_HASH_OPTIONS)

# ok: weak-argon2-parameters
PORTAL_HASH_OPTIONS = {
    "schemes": ["argon2"],
    "argon2__memory_cost": 65536,
    "argon2__time_cost": 3,
    "argon2__parallelism": 4,
}
portal_context = CryptContext(**PORTAL_HASH_OPTIONS)

# ruleid: weak-argon2-parameters
_SHARED_OPTIONS = {"argon2__memory_cost": 8192, "argon2__rounds": 2, **PORTAL_HASH_OPTIONS}
shared_context = CryptContext(schemes=["argon2"], **_SHARED_OPTIONS)

# ruleid: weak-argon2-parameters
batch_options = dict(schemes=["argon2"], argon2__time_cost=1, argon2__memory_cost=4096)
batch_context = CryptContext(**batch_options)

# Unrelated keys of the same size are not argon2 options.
# ok: weak-argon2-parameters
PAGINATION = {"time_cost": 1, "memory_cost": 1024}

# The options given as keywords.
# ruleid: weak-argon2-parameters
signup_context = CryptContext(schemes=["argon2"], argon2__time_cost=1, argon2__memory_cost=1024)
# ok: weak-argon2-parameters
admin_context = CryptContext(schemes=["argon2"], argon2__memory_cost=65536, argon2__time_cost=3)
# ruleid: weak-argon2-parameters
pin_context = CryptContext(schemes=["argon2"], argon2__memory_cost=4096)
# ok: weak-argon2-parameters
staff_context = CryptContext(schemes=["argon2"], argon2__memory_cost=47104, argon2__rounds=1)
# ruleid: weak-argon2-parameters
legacy_context = CryptContext(schemes=["argon2", "bcrypt"], argon2__rounds=1, deprecated="auto")
# ok: weak-argon2-parameters
default_context = CryptContext(schemes=["argon2"], deprecated="auto")
