{{/*
A `helm test` pod: the AWS CLI, signed with the root keys from the Secret, pointed at the gateway.
Call with (dict "root" $ "name" "sts" "script" "...").
*/}}
{{- define "overcast.testPod" -}}
{{- $root := .root -}}
{{- $secret := include "overcast.secretName" $root -}}
apiVersion: v1
kind: Pod
metadata:
  name: {{ include "overcast.fullname" $root }}-test-{{ .name }}
  labels:
    {{- include "overcast.labels" (dict "root" $root "component" (printf "test-%s" .name)) | nindent 4 }}
  annotations:
    helm.sh/hook: test
    helm.sh/hook-delete-policy: before-hook-creation,hook-succeeded
spec:
  restartPolicy: Never
  automountServiceAccountToken: false
  enableServiceLinks: false
  securityContext:
    {{- toYaml $root.Values.podSecurityContext | nindent 4 }}
  containers:
    - name: aws-cli
      image: {{ printf "%s:%s" $root.Values.tests.image.repository $root.Values.tests.image.tag }}
      imagePullPolicy: IfNotPresent
      command: ["/bin/sh", "-ec"]
      args:
        - |
          {{- .script | trim | nindent 10 }}
      env:
        - name: AWS_ENDPOINT_URL
          value: {{ printf "http://%s-gateway.%s.svc:%v" (include "overcast.fullname" $root) $root.Release.Namespace $root.Values.gateway.service.port | quote }}
        - name: AWS_DEFAULT_REGION
          value: {{ $root.Values.config.region | quote }}
        - name: AWS_ACCESS_KEY_ID
          valueFrom:
            secretKeyRef:
              name: {{ $secret }}
              key: OVERCAST_DEFAULT_ACCESS_KEY_ID
        - name: AWS_SECRET_ACCESS_KEY
          valueFrom:
            secretKeyRef:
              name: {{ $secret }}
              key: OVERCAST_DEFAULT_SECRET_ACCESS_KEY
        - name: EXPECTED_ACCOUNT
          valueFrom:
            secretKeyRef:
              name: {{ $secret }}
              key: OVERCAST_DEFAULT_ACCOUNT_ID
        # the CLI keeps a cache under $HOME; the root filesystem is read-only
        - name: HOME
          value: /tmp
        - name: AWS_PAGER
          value: ""
      resources:
        requests: {cpu: 50m, memory: 64Mi}
        limits: {memory: 256Mi}
      securityContext:
        {{- toYaml $root.Values.containerSecurityContext | nindent 8 }}
      volumeMounts:
        - name: tmp
          mountPath: /tmp
  volumes:
    - name: tmp
      emptyDir: {}
{{- end -}}
