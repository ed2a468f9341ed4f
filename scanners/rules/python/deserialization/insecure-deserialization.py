import hashlib
import hmac
import json
import marshal
import pickle
import shelve
from pickle import loads as pickle_loads

import dill
import joblib
import jsonpickle
import numpy as np
import pandas as pd
from flask import request

SECRET = b"k"


def load_session(raw):
    # ruleid: insecure-deserialization
    return pickle.loads(raw)


def load_cache(path):
    with open(path, "rb") as fh:
        # ruleid: insecure-deserialization
        return pickle.load(fh)


def from_request():
    # ruleid: insecure-deserialization
    return pickle_loads(request.get_data())


def load_job(blob):
    # ruleid: insecure-deserialization
    return dill.loads(blob)


def load_model(path):
    # ruleid: insecure-deserialization
    return joblib.load(path)


def decode_state(text):
    # ruleid: insecure-deserialization
    return jsonpickle.decode(text)


def load_code(data):
    # ruleid: insecure-deserialization
    return marshal.loads(data)


def open_store(name):
    # ruleid: insecure-deserialization
    return shelve.open(name)


def load_frame(upload):
    # ruleid: insecure-deserialization
    return pd.read_pickle(upload)


def load_array(path):
    # ruleid: insecure-deserialization
    return np.load(path, allow_pickle=True)


# ---- secure near-misses ----


def load_json(raw):
    # ok: insecure-deserialization
    return json.loads(raw)


def save_cache(path, obj):
    with open(path, "wb") as fh:
        # ok: insecure-deserialization
        pickle.dump(obj, fh)


def encode_state(obj):
    # ok: insecure-deserialization
    return jsonpickle.encode(obj)


def load_signed(blob, signature):
    expected = hmac.new(SECRET, blob, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        raise ValueError("bad signature")
    # ok: insecure-deserialization
    return pickle.loads(blob)


def load_plain_array(path):
    # ok: insecure-deserialization
    return np.load(path)


def load_csv(path):
    # ok: insecure-deserialization
    return pd.read_csv(path)


def roundtrip(obj):
    # ok: insecure-deserialization
    return pickle.loads(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))


def clickstream_consumer(KafkaConsumer, brokers):
    # ruleid: insecure-deserialization
    settings = {"bootstrap_servers": brokers, "value_deserializer": pickle.loads}
    return KafkaConsumer("clickstream", **settings)


import base64  # noqa: E402


class PreferenceCodec:
    serializer = pickle

    def loads(self, raw):
        # ruleid: insecure-deserialization
        return self.serializer.loads(base64.urlsafe_b64decode(raw))


class JsonPreferenceCodec:
    serializer = json

    def loads(self, raw):
        # ok: insecure-deserialization
        return self.serializer.loads(base64.urlsafe_b64decode(raw))


class SnapshotCodec:
    serializer = pickle

    @classmethod
    def loads(cls, blob):
        # ruleid: insecure-deserialization
        return cls.serializer.loads(blob)


class JsonSnapshotCodec:
    serializer = json

    @classmethod
    def loads(cls, blob):
        # ok: insecure-deserialization
        return cls.serializer.loads(blob)
