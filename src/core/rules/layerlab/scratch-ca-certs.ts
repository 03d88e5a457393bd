/** Layerlab rule: a scratch image for a program that makes TLS calls, without CA certificates. */
import { layerlabRule } from '../define.ts';
import { finalStage } from '../model/util.ts';

const TLS_MODULES = /^(github\.com\/aws\/aws-sdk-go|cloud\.google\.com\/go|google\.golang\.org\/(grpc|api)|golang\.org\/x\/oauth2|github\.com\/Azure\/|github\.com\/google\/go-github|github\.com\/stripe\/|github\.com\/slack-go\/|github\.com\/minio\/minio-go|github\.com\/getsentry\/|k8s\.io\/client-go|github\.com\/hashicorp\/vault\/api|github\.com\/go-acme\/lego|github\.com\/caddyserver\/certmagic|github\.com\/twilio\/|github\.com\/sashabaranov\/go-openai)/;

/** Without /etc/ssl/certs every HTTPS call fails with "x509: certificate signed by unknown authority". */
export const scratchCaCerts = layerlabRule({
  id: 'ScratchCaCerts', title: 'Copy CA certificates into scratch images that make TLS calls', severity: 'warning', category: 'correctness',
  check(ctx, report) {
    const final = finalStage(ctx);
    if (!final || final.base.toLowerCase() !== 'scratch') return;
    if (final.instructions.some((i) => /ca-certificates|\/etc\/ssl|\/etc\/pki|\/etc\/?\s*$|\s\/\s*$/.test(i.node.original) && i.node.keyword !== 'run')) return;
    const mod = ctx.context.goMod?.requires.find((r) => TLS_MODULES.test(r));
    const installs = ctx.stages.some((s) => s.instructions.some((i) => i.node.keyword === 'run' && /(apk|apt-get|apt|yum|dnf)\b.*\bca-certificates\b/.test(i.node.original)));
    if (!mod && !installs) return;
    report({
      range: final.from.node.range,
      message: `The final image is scratch with no CA certificates, but ${mod ? `go.mod requires ${mod}, which makes TLS calls` : 'a builder stage installs ca-certificates'}: HTTPS calls will fail with "x509: certificate signed by unknown authority". COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/`,
      uncertain: 'whether the program makes TLS calls is inferred from go.mod and the builder stages',
    });
  },
});
