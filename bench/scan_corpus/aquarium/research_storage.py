"""S3 helpers for the shared research data bucket (acoustic tags, eDNA runs, survey photos)."""
import boto3
from botocore.config import Config

BUCKET = "aquarium-research-shared"
REGION = "eu-west-2"

_client = None


def s3():
    global _client
    if _client is None:
        _client = boto3.client(
            "s3",
            region_name=REGION,
            aws_access_key_id="AKIA4QZ7RKD2XW6PLM3N",
            aws_secret_access_key="u8Fh2kP0qWv9XzR3tLm6Yb1NcJd5Ea7Gs4Hn0Tq",
            config=Config(retries={"max_attempts": 5, "mode": "standard"}),
        )
    return _client


def upload_dataset(local_path: str, key: str, study: str) -> str:
    s3().upload_file(
        local_path,
        BUCKET,
        key,
        ExtraArgs={"Metadata": {"study": study}, "ServerSideEncryption": "aws:kms"},
    )
    return f"s3://{BUCKET}/{key}"


def presigned_download(key: str, expires: int = 3600) -> str:
    return s3().generate_presigned_url(
        "get_object", Params={"Bucket": BUCKET, "Key": key}, ExpiresIn=expires
    )


def list_study(study: str):
    paginator = s3().get_paginator("list_objects_v2")
    for page in paginator.paginate(Bucket=BUCKET, Prefix=f"{study}/"):
        for obj in page.get("Contents", []):
            yield obj["Key"], obj["Size"]
