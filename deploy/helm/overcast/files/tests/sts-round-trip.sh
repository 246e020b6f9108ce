# STS through the gateway: the signed caller is the built-in account's root.
account=$(aws sts get-caller-identity --query Account --output text)
echo "GetCallerIdentity: account $account"
test "$account" = "$EXPECTED_ACCOUNT"
arn=$(aws sts get-caller-identity --query Arn --output text)
test "$arn" = "arn:aws:iam::$EXPECTED_ACCOUNT:root"
token=$(aws sts get-session-token --query Credentials.SessionToken --output text)
test -n "$token"
echo "sts round trip ok"
