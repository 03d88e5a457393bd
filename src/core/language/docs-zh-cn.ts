/** Chinese reference text for the instructions and flags in docs.ts (same keys, same facts; code stays untranslated). */

/** What we say in Chinese about one instruction (synopsis and snippet stay as in English). */
export interface InstructionDocZh {
  readonly summary: string;
  readonly cache: string;
}

/** Chinese summary and cache note per instruction keyword. */
export const instructionDocsZh: Readonly<Record<string, InstructionDocZh>> = {
  FROM: { summary: '从基础镜像或前面的某个阶段开始一个新阶段。', cache: '基础镜像的 digest 是本阶段所有缓存键的根：digest 一变，整个阶段都要重新执行。' },
  RUN: { summary: '在当前层之上新建一层并在其中执行命令。', cache: '缓存键取决于命令文本（ARG/ENV 展开之后）和下面的层；命令读取的文件不参与比较。bind 挂载会把被挂载文件的校验和计入缓存键；cache 挂载不计入。' },
  CMD: { summary: '镜像的默认命令。', cache: '只改元数据：只改变镜像配置，不会让任何步骤重新执行。' },
  LABEL: { summary: '给镜像添加元数据。', cache: '只改元数据。' },
  EXPOSE: { summary: '声明容器监听的端口（仅作说明）。', cache: '只改元数据。' },
  ENV: { summary: '设置环境变量，后续指令和运行中的容器都能看到。', cache: '会改变之后每个 RUN 看到的环境，所以之后的 RUN 步骤会得到新的缓存键。' },
  ADD: { summary: '复制文件、URL 或 git 仓库；本地 tar 归档会被解包。', cache: '缓存键取决于源文件内容和元数据（权限、属主；不含 mtime）的校验和。远程源要先下载下来才能算出校验和。' },
  COPY: { summary: '从构建上下文或其他阶段复制文件。', cache: '缓存键取决于被复制文件内容和元数据的校验和（忽略 mtime）。被 .dockerignore 排除的文件一概不计。' },
  ENTRYPOINT: { summary: '容器运行的可执行文件。', cache: '只改元数据。' },
  VOLUME: { summary: '在镜像配置中把某个路径标记为卷。', cache: '只改元数据。' },
  USER: { summary: '设置后续指令和容器使用的用户。', cache: '它一变，之后的 RUN 步骤就会得到新的缓存键。' },
  WORKDIR: { summary: '设置（并创建）工作目录。', cache: '自成一个步骤；之后的步骤都依赖它。' },
  ARG: { summary: '声明一个构建参数（写在第一个 FROM 之前时，是供 FROM 行使用的 meta arg）。', cache: 'ARG 只影响之后能看到它的 RUN 步骤的缓存键，而且只在它的值变化时才影响。' },
  ONBUILD: { summary: '登记一条指令，等其他构建以本镜像为基础镜像时再执行。', cache: '在子构建中执行，缓存键也在子构建中计算。' },
  STOPSIGNAL: { summary: '用来停止容器的信号。', cache: '只改元数据。' },
  HEALTHCHECK: { summary: '如何检查容器是否仍在正常工作。', cache: '只改元数据。' },
  SHELL: { summary: '更改 shell 形式的 RUN、CMD 和 ENTRYPOINT 所用的 shell。', cache: '之后 shell 形式的 RUN 步骤会得到新的缓存键。' },
  MAINTAINER: { summary: '已弃用的作者字段；请改用 LABEL。', cache: '只改元数据。' },
};

/** Chinese summary per flag name (a flag shared by COPY and ADD means the same on both). */
export const flagDocsZh: Readonly<Record<string, string>> = {
  platform: '选择基础镜像的平台；用 `$BUILDPLATFORM` 可以让 Go 阶段在本机平台上交叉编译。',
  mount: '只为这条命令挂载 cache、bind、secret、ssh 或 tmpfs。cache 挂载能在多次构建之间保留 Go 的模块缓存和编译缓存，又不会把它们写进层里。',
  network: '命令可使用的网络。',
  security: '以更高权限运行（需要相应的 entitlement）。',
  from: '从前面的阶段（按名称或序号）或某个镜像复制，而不是从构建上下文复制。',
  chown: '复制后文件的属主；属主会计入校验和。',
  chmod: '复制后文件的权限；权限会计入校验和。',
  link: '复制到一个独立的层中，这样下面的层变了，这一步仍能命中缓存。',
  parents: '在目标位置保留源路径的上级目录。',
  exclude: '把匹配的文件排除在这次复制之外（也不计入它的校验和）。',
  checksum: '用已知的 digest 校验远程源。',
  'keep-git-dir': '添加 git 仓库时保留 .git 目录。',
  interval: '两次检查之间的间隔。',
  timeout: '单次检查允许的最长时间。',
  'start-period': '容器启动后的宽限期。',
  'start-interval': '宽限期内两次检查之间的间隔。',
  retries: '连续失败多少次后容器被视为不健康。',
};
