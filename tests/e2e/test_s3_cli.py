"""The AWS CLI's S3 commands end to end, with CLI v1 and v2 (the ``aws`` fixture runs each test with both).

``aws s3 mb/cp/sync/ls/mv/rm/presign/website`` and ``aws s3api`` flows, a 200 MiB ``aws s3 cp`` up and down
(multipart; SHA-256 of the bytes and the stored checksums compared), and presigned URLs fetched with the
real ``curl`` binary (v1 presigns with SigV2 by default, v2 with SigV4), refused once expired.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import subprocess
import time
import uuid
from pathlib import Path
from typing import Any

from .conftest import REGION, AwsCli

MIB = 1024 * 1024
BIG_MIB = 200
CLI_PART = 8 * MIB  # the CLI's default multipart_chunksize

CURL = shutil.which("curl")


def ok(done: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert done.returncode == 0, f"{done.args[3:]} failed ({done.returncode}): {done.stderr}"
    return done


def out(done: subprocess.CompletedProcess[str]) -> Any:
    return json.loads(ok(done).stdout or "null")


def new_bucket(aws: AwsCli) -> str:
    name = f"cli-{aws.name[-2:]}-{uuid.uuid4().hex[:10]}"
    assert "make_bucket" in ok(aws("s3", "mb", f"s3://{name}")).stdout
    return name


def long_run(aws: AwsCli, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """``aws(...)`` without the fixture's 60 s limit (a 200 MiB copy in cluster mode on a busy machine)."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(aws.home),
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
        "AWS_DEFAULT_REGION": REGION,
        "AWS_CONFIG_FILE": str(aws.home / "config"),
        "AWS_SHARED_CREDENTIALS_FILE": str(aws.home / "credentials"),
        "AWS_PAGER": "",
        "AWS_MAX_ATTEMPTS": "1",
    }
    return subprocess.run(
        [str(aws.binary), "--endpoint-url", aws.endpoint, "--output", "json", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )


def curl(url: str, target: Path) -> int:
    assert CURL is not None, "curl is needed (Debian package curl)"
    done = subprocess.run(
        [CURL, "-sS", "-o", str(target), "-w", "%{http_code}", url],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return int(done.stdout)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(MIB):
            digest.update(block)
    return digest.hexdigest()


def test_mb_cp_ls_mv_rm(aws: AwsCli, tmp_path: Path) -> None:
    name = new_bucket(aws)
    assert name in ok(aws("s3", "ls")).stdout
    source = tmp_path / "hello.txt"
    source.write_text("hello, s3\n")
    ok(aws("s3", "cp", str(source), f"s3://{name}/docs/hello.txt", "--content-type", "text/plain"))
    ok(aws("s3", "cp", f"s3://{name}/docs/hello.txt", f"s3://{name}/docs/copy.txt"))  # server-side copy
    ok(aws("s3", "cp", f"s3://{name}/docs/copy.txt", str(tmp_path / "back.txt")))
    assert (tmp_path / "back.txt").read_text() == "hello, s3\n"
    head = out(aws("s3api", "head-object", "--bucket", name, "--key", "docs/copy.txt"))
    assert head["ContentType"] == "text/plain" and head["ContentLength"] == 10
    # ls: a prefix as a directory, recursive, human-readable with a summary
    top = ok(aws("s3", "ls", f"s3://{name}")).stdout
    assert "PRE docs/" in top
    listing = ok(aws("s3", "ls", f"s3://{name}", "--recursive", "--human-readable", "--summarize")).stdout
    assert "docs/hello.txt" in listing and "docs/copy.txt" in listing
    assert "10 Bytes" in listing and "Total Objects: 2" in listing and "Total Size: 20 Bytes" in listing
    # mv: S3 to S3 (source gone), local to S3 (local file gone)
    ok(aws("s3", "mv", f"s3://{name}/docs/copy.txt", f"s3://{name}/moved/copy.txt"))
    (tmp_path / "local.txt").write_text("local")
    ok(aws("s3", "mv", str(tmp_path / "local.txt"), f"s3://{name}/moved/local.txt"))
    assert not (tmp_path / "local.txt").exists()
    keys = ok(aws("s3", "ls", f"s3://{name}", "--recursive")).stdout
    assert "moved/copy.txt" in keys and "moved/local.txt" in keys and "docs/copy.txt" not in keys
    # rm one, rm --recursive, rb
    ok(aws("s3", "rm", f"s3://{name}/docs/hello.txt"))
    removed = ok(aws("s3", "rm", f"s3://{name}/moved", "--recursive")).stdout
    assert removed.count("delete:") == 2
    assert ok(aws("s3", "ls", f"s3://{name}", "--recursive")).stdout.strip() == ""
    ok(aws("s3", "rb", f"s3://{name}"))
    missing = aws("s3", "ls", f"s3://{name}")
    assert missing.returncode != 0 and "NoSuchBucket" in missing.stderr


def test_sync_both_ways_with_delete(aws: AwsCli, tmp_path: Path) -> None:
    name = new_bucket(aws)
    local = tmp_path / "up"
    (local / "a" / "b").mkdir(parents=True)
    files = {"one.txt": "1", "a/two.txt": "22", "a/b/three.bin": "333", "a/b/é ü.txt": "unicode"}
    past = time.time() - 10  # S3's LastModified has whole seconds: a file written in the upload's second
    for key, text in files.items():  # would look newer than its copy and be uploaded again, on AWS too
        (local / key).write_text(text)
        os.utime(local / key, (past, past))
    synced = ok(aws("s3", "sync", str(local), f"s3://{name}/site")).stdout
    assert synced.count("upload:") == 4
    listed = ok(aws("s3", "ls", f"s3://{name}/site/", "--recursive")).stdout
    assert all(f"site/{key}" in listed for key in files)
    assert "upload:" not in ok(aws("s3", "sync", str(local), f"s3://{name}/site")).stdout  # nothing changed
    # local changes: one edited (new size), one deleted, one added; --delete removes it from the bucket
    (local / "one.txt").write_text("one, longer")
    (local / "a" / "two.txt").unlink()
    (local / "new.txt").write_text("new")
    second = ok(aws("s3", "sync", str(local), f"s3://{name}/site", "--delete")).stdout
    assert "delete: s3://" in second and second.count("upload:") == 2
    listed = ok(aws("s3", "ls", f"s3://{name}/site/", "--recursive")).stdout
    assert "site/a/two.txt" not in listed and "site/new.txt" in listed
    # down: the bucket to a fresh directory, then a deletion in the bucket reaches it with --delete
    down = tmp_path / "down"
    ok(aws("s3", "sync", f"s3://{name}/site", str(down)))
    assert (down / "one.txt").read_text() == "one, longer" and (down / "a/b/é ü.txt").read_text() == "unicode"
    assert not (down / "a" / "two.txt").exists()
    ok(aws("s3", "rm", f"s3://{name}/site/new.txt"))
    third = ok(aws("s3", "sync", f"s3://{name}/site", str(down), "--delete")).stdout
    assert "delete:" in third and not (down / "new.txt").exists()
    ok(aws("s3", "rb", f"s3://{name}", "--force"))


def test_200_mib_cp_up_and_down(aws: AwsCli, tmp_path: Path) -> None:
    name = new_bucket(aws)
    source = tmp_path / "big.bin"
    with source.open("wb") as f:
        for _ in range(BIG_MIB):
            f.write(os.urandom(MIB))
    digest = sha256_file(source)
    checksum = aws.name == "awscli-v1"  # `s3 cp --checksum-algorithm`: v1, not Debian's v2 2.9
    extra = ["--checksum-algorithm", "SHA256"] if checksum else []
    ok(long_run(aws, "s3", "cp", "--only-show-errors", str(source), f"s3://{name}/big.bin", *extra))
    head = out(
        aws("s3api", "head-object", "--bucket", name, "--key", "big.bin", "--checksum-mode", "ENABLED")
    )
    parts = -(-BIG_MIB * MIB // CLI_PART)
    assert head["ContentLength"] == BIG_MIB * MIB
    assert head["ETag"].strip('"').endswith(f"-{parts}")  # multipart: md5 of the parts' md5s
    if checksum:  # S3's composite checksum: the SHA-256 of the parts' SHA-256s, "-<parts>"
        part_digests = b""
        with source.open("rb") as f:
            while block := f.read(CLI_PART):
                part_digests += hashlib.sha256(block).digest()
        expected = base64.b64encode(hashlib.sha256(part_digests).digest()).decode()
        assert head["ChecksumSHA256"] == f"{expected}-{parts}"
    back = tmp_path / "back.bin"
    source.unlink()  # keep the disk use at one copy
    ok(long_run(aws, "s3", "cp", "--only-show-errors", f"s3://{name}/big.bin", str(back)))
    assert back.stat().st_size == BIG_MIB * MIB and sha256_file(back) == digest
    back.unlink()
    ok(aws("s3", "rb", f"s3://{name}", "--force"))


def test_presign_then_curl_and_expiry(aws: AwsCli, tmp_path: Path) -> None:
    name = new_bucket(aws)
    (tmp_path / "page.html").write_text("<h1>presigned</h1>")
    ok(aws("s3", "cp", str(tmp_path / "page.html"), f"s3://{name}/page.html"))
    url = ok(aws("s3", "presign", f"s3://{name}/page.html", "--expires-in", "600")).stdout.strip()
    assert ("X-Amz-Signature=" in url) == (aws.name == "awscli-v2")  # v1 presigns with SigV2
    assert curl(url, tmp_path / "got.html") == 200
    assert (tmp_path / "got.html").read_text() == "<h1>presigned</h1>"
    tampered = url.replace("page.html", "other.html")
    assert curl(tampered, tmp_path / "tampered.xml") == 403
    assert "SignatureDoesNotMatch" in (tmp_path / "tampered.xml").read_text()
    short = ok(aws("s3", "presign", f"s3://{name}/page.html", "--expires-in", "1")).stdout.strip()
    time.sleep(2.2)
    assert curl(short, tmp_path / "expired.xml") == 403
    body = (tmp_path / "expired.xml").read_text()
    assert "<Code>AccessDenied</Code>" in body and "expired" in body
    ok(aws("s3", "rb", f"s3://{name}", "--force"))


def test_website(aws: AwsCli, endpoint: str, tmp_path: Path) -> None:
    name = new_bucket(aws)
    (tmp_path / "index.html").write_text("<p>home</p>")
    (tmp_path / "error.html").write_text("<p>not here</p>")
    for page in ("index.html", "error.html"):
        ok(aws("s3", "cp", str(tmp_path / page), f"s3://{name}/{page}", "--content-type", "text/html"))
    ok(
        aws(
            "s3",
            "website",
            f"s3://{name}/",
            "--index-document",
            "index.html",
            "--error-document",
            "error.html",
        )
    )
    config = out(aws("s3api", "get-bucket-website", "--bucket", name))
    assert config["IndexDocument"] == {"Suffix": "index.html"} and config["ErrorDocument"] == {
        "Key": "error.html"
    }
    ok(aws("s3api", "delete-public-access-block", "--bucket", name))
    policy = {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": f"arn:aws:s3:::{name}/*",
            },
            {
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:ListBucket",
                "Resource": f"arn:aws:s3:::{name}",
            },
        ],
    }
    ok(aws("s3api", "put-bucket-policy", "--bucket", name, "--policy", json.dumps(policy)))
    site = f"{endpoint}/_overcast/website/{name}/"
    assert curl(site, tmp_path / "home.html") == 200
    assert (tmp_path / "home.html").read_text() == "<p>home</p>"
    assert curl(site + "missing.html", tmp_path / "missing.html") == 404
    assert (tmp_path / "missing.html").read_text() == "<p>not here</p>"
    ok(aws("s3", "rb", f"s3://{name}", "--force"))


def test_s3api_flows(aws: AwsCli, tmp_path: Path) -> None:
    name = new_bucket(aws)
    body = tmp_path / "body.txt"
    body.write_text("first")
    put = out(
        aws(
            "s3api", "put-object", "--bucket", name, "--key", "meta.txt", "--body", str(body),
            "--content-type", "text/plain", "--metadata", "color=blue,size=big",
        )
    )  # fmt: skip
    assert put["ETag"] == f'"{hashlib.md5(b"first").hexdigest()}"'
    got = out(aws("s3api", "get-object", "--bucket", name, "--key", "meta.txt", str(tmp_path / "out.txt")))
    assert got["Metadata"] == {"color": "blue", "size": "big"} and got["ContentType"] == "text/plain"
    assert (tmp_path / "out.txt").read_text() == "first"
    # versions and a delete marker
    ok(
        aws(
            "s3api", "put-bucket-versioning", "--bucket", name, "--versioning-configuration", "Status=Enabled"
        )
    )
    v1 = out(aws("s3api", "put-object", "--bucket", name, "--key", "doc", "--body", str(body)))["VersionId"]
    body.write_text("second")
    out(aws("s3api", "put-object", "--bucket", name, "--key", "doc", "--body", str(body)))
    marker = out(aws("s3api", "delete-object", "--bucket", name, "--key", "doc"))
    assert marker["DeleteMarker"] is True
    versions = out(aws("s3api", "list-object-versions", "--bucket", name, "--prefix", "doc"))
    assert [v["IsLatest"] for v in versions["Versions"]] == [False, False]
    assert len(versions["DeleteMarkers"]) == 1 and versions["DeleteMarkers"][0]["IsLatest"] is True
    old = out(
        aws("s3api", "get-object", "--bucket", name, "--key", "doc", "--version-id", v1, str(tmp_path / "v1"))
    )
    assert old["VersionId"] == v1 and (tmp_path / "v1").read_text() == "first"
    gone = aws("s3api", "get-object", "--bucket", name, "--key", "doc", str(tmp_path / "latest"))
    assert gone.returncode != 0 and "NoSuchKey" in gone.stderr
    # multipart by hand: create, two parts, list, complete; another one aborted
    upload = out(aws("s3api", "create-multipart-upload", "--bucket", name, "--key", "mp.bin"))["UploadId"]
    chunks = [os.urandom(5 * MIB), os.urandom(1234)]
    parts = []
    for number, chunk in enumerate(chunks, 1):
        (tmp_path / f"part{number}").write_bytes(chunk)
        etag = out(
            aws(
                "s3api", "upload-part", "--bucket", name, "--key", "mp.bin", "--upload-id", upload,
                "--part-number", str(number), "--body", str(tmp_path / f"part{number}"),
            )
        )["ETag"]  # fmt: skip
        assert etag == f'"{hashlib.md5(chunk).hexdigest()}"'
        parts.append({"PartNumber": number, "ETag": etag})
    listed = out(aws("s3api", "list-parts", "--bucket", name, "--key", "mp.bin", "--upload-id", upload))
    assert [(p["PartNumber"], p["Size"]) for p in listed["Parts"]] == [(1, 5 * MIB), (2, 1234)]
    (tmp_path / "parts.json").write_text(json.dumps({"Parts": parts}))
    done = out(
        aws(
            "s3api", "complete-multipart-upload", "--bucket", name, "--key", "mp.bin", "--upload-id", upload,
            "--multipart-upload", f"file://{tmp_path / 'parts.json'}",
        )
    )  # fmt: skip
    md5s = b"".join(hashlib.md5(c).digest() for c in chunks)
    assert done["ETag"] == f'"{hashlib.md5(md5s).hexdigest()}-2"'
    out(aws("s3api", "get-object", "--bucket", name, "--key", "mp.bin", str(tmp_path / "mp.out")))
    assert (tmp_path / "mp.out").read_bytes() == b"".join(chunks)
    other = out(aws("s3api", "create-multipart-upload", "--bucket", name, "--key", "aborted"))["UploadId"]
    ok(aws("s3api", "abort-multipart-upload", "--bucket", name, "--key", "aborted", "--upload-id", other))
    uploads = out(aws("s3api", "list-multipart-uploads", "--bucket", name))
    assert not (uploads or {}).get("Uploads")
