from __future__ import annotations

from overcast_common.identity import (
    ChainedCredentials,
    Credential,
    StaticCredentials,
    account_for_unknown_key,
    default_credential,
    known_now,
    root_credential,
    root_principal,
)


def test_root_principal_names() -> None:
    p = root_principal("123456789012", "AKID")
    assert p.arn == "arn:aws:iam::123456789012:root"
    assert p.principal_id == "123456789012" and p.account_id == "123456789012"
    assert p.principal_type == "Root" and p.access_key_id == "AKID" and p.verified


def test_default_account_and_its_configuration() -> None:
    c = default_credential({})
    assert (c.access_key_id, c.secret_access_key, c.principal.account_id) == ("test", "test", "000000000000")
    c = default_credential(
        {
            "OVERCAST_DEFAULT_ACCOUNT_ID": "222222222222",
            "OVERCAST_DEFAULT_ACCESS_KEY_ID": "AKIADEFAULT",
            "OVERCAST_DEFAULT_SECRET_ACCESS_KEY": "s3cret",
        }
    )
    assert (c.access_key_id, c.secret_access_key) == ("AKIADEFAULT", "s3cret")
    assert c.principal.arn == "arn:aws:iam::222222222222:root"


def test_unknown_keys_name_their_account_when_twelve_digits() -> None:
    assert account_for_unknown_key("123456789012", "000000000000") == "123456789012"
    assert account_for_unknown_key("AKIAFAKE", "000000000000") == "000000000000"
    assert account_for_unknown_key("12345678901", "000000000000") == "000000000000"


async def test_static_and_chained_lookup() -> None:
    first = StaticCredentials([root_credential("111111111111", "A", "a")])
    second = StaticCredentials()  # the built-in account
    chain = ChainedCredentials(first, second)
    assert (await chain.lookup("A")).principal.account_id == "111111111111"  # type: ignore[union-attr]
    assert (await chain.lookup("test")).principal.account_id == "000000000000"  # type: ignore[union-attr]
    assert await chain.lookup("nobody") is None
    first.add(root_credential("333333333333", "B", "b"))
    assert await chain.lookup("B") is not None
    first.remove("B")
    assert await chain.lookup("B") is None


class _SlowKeys:
    """A provider that must be awaited (IAM, STS in another process)."""

    def __init__(self, credential: Credential) -> None:
        self.credential = credential

    async def lookup(self, access_key_id: str) -> Credential | None:
        return self.credential if access_key_id == self.credential.access_key_id else None


class _PickyKeys(StaticCredentials):
    async def lookup(self, access_key_id: str) -> Credential | None:
        return None


def test_known_now_answers_what_lookup_answers_only_when_memory_settles_it() -> None:
    root = root_credential("000000000000", "test", "test")
    other = root_credential("111111111111", "AKIDOTHER", "secret")
    static = StaticCredentials([root])
    assert known_now(static, "test") is root and known_now(static, "nope") is None
    assert known_now(ChainedCredentials(static, _SlowKeys(other)), "test") is root
    # the in-memory keys do not know it: the chain must be awaited
    assert known_now(ChainedCredentials(static, _SlowKeys(other)), "AKIDOTHER") is None
    # an awaited provider comes first: it would answer first, so memory settles nothing
    assert known_now(ChainedCredentials(_SlowKeys(other), static), "test") is None
    # a subclass may answer differently from its dict
    assert known_now(_PickyKeys([root]), "test") is None
