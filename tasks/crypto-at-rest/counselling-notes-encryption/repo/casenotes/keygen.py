"""Print a new value for CASENOTES_KEY."""
import base64
import os

from casenotes.config import KEY_BYTES

if __name__ == "__main__":
    print(base64.urlsafe_b64encode(os.urandom(KEY_BYTES)).decode("ascii"))
