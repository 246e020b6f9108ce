# SQS through the gateway: create, send, receive, delete; a fresh queue name every run (AWS forbids
# re-creating a deleted name within a minute).
queue="helm-test-$(date +%s)-$$"
url=$(aws sqs create-queue --queue-name "$queue" --query QueueUrl --output text)
echo "CreateQueue: $url"
body="hello from helm test $queue"
aws sqs send-message --queue-url "$url" --message-body "$body" >/dev/null
received=$(aws sqs receive-message --queue-url "$url" --visibility-timeout 0 --wait-time-seconds 5 --query 'Messages[0].Body' --output text)
echo "ReceiveMessage: $received"
test "$received" = "$body"
handle=$(aws sqs receive-message --queue-url "$url" --wait-time-seconds 5 --query 'Messages[0].ReceiptHandle' --output text)
aws sqs delete-message --queue-url "$url" --receipt-handle "$handle"
aws sqs delete-queue --queue-url "$url"
echo "sqs round trip ok"
