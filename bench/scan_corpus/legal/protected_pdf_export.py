"""Password-protected PDF exports for sending privileged documents by email.

The open password is generated here and communicated to the recipient by a
separate channel (SMS or phone); the owner password comes from the firm's
secrets store so staff can always lift the restrictions.
"""
import secrets
import string
from pathlib import Path

import pikepdf

PASSWORD_ALPHABET = string.ascii_letters + string.digits
OPEN_PASSWORD_LENGTH = 14


def new_open_password() -> str:
    return "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(OPEN_PASSWORD_LENGTH))


def export_protected(src: Path, dest: Path, owner_password: str) -> str:
    """Write an AES-256 encrypted copy of ``src`` and return the open password."""
    open_password = new_open_password()
    permissions = pikepdf.Permissions(
        extract=False,
        modify_annotation=False,
        modify_assembly=False,
        modify_form=False,
        modify_other=False,
        print_lowres=True,
        print_highres=True,
    )
    with pikepdf.open(src) as pdf:
        pdf.docinfo["/Producer"] = "MatterHub export"
        pdf.save(
            dest,
            encryption=pikepdf.Encryption(
                owner=owner_password, user=open_password, R=6, allow=permissions
            ),
        )
    return open_password
