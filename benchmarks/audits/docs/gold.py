"""A localization engineer's material for the docs audit, both languages written by hand, and
its gold, as data (the audit's files, the texts as it wrote them).

``GUIDE_*``: a software docs page in Markdown (front matter, headings, a note, inline code,
``bash`` and ``python`` code blocks, an image, numbered and bulleted lists, bold UI labels,
Ctrl+C, a version number, a table of placeholders {userName} %s %d, links). ``SITE_*``: the
same page as a docs site's HTML (top bar, sidebar menu, breadcrumbs, "Edit this page", a
Pygments ``<pre>``, a table, "Was this helpful? Yes No", a pager, a footer). ``EXTENDED_*``:
a Markdown page with MkDocs and Docusaurus extensions (``!!!`` admonition, ``===`` tabs,
``:::tip``, ``<details>``, a code block inside a list, ``{{ site.version }}``, an HTML
comment). ``CHANGELOG_*``: a Markdown changelog (version headings with dates, issue numbers,
fragments). ``NOTES_*``: plain-text release notes (the English bullets hard-wrapped, the
Korean with two items swapped). ``STRINGS``: a UI strings sheet, ``(key, ko, en)`` (buttons,
placeholders, an ICU plural, HTML, a literal \\n, empty cells, a brand name the same in
both), its tokens ``STRINGS_TOKENS``.

``GOLD``, for each text but the strings (``make.py`` makes theirs): ``pairs``, the (ko, en)
pairs to find; ``debatable``, pairs that may be made or not; ``unpaired``, texts to be left
unpaired; ``never_paired``, code and site chrome that no pair may hold; ``tokens``, inline
code and placeholders that some pair or unpaired segment must hold whole.
"""

GUIDE_KO = """\
---
title: Acme CLI 시작하기
description: Acme CLI를 설치하고 구성합니다.
---

# Acme CLI 시작하기

Acme CLI는 클라우드 프로젝트를 관리하기 위한 명령줄 도구입니다. 이 가이드에서는 도구를 설치하고 첫 번째 프로젝트를 만드는 방법을 설명합니다.

> **참고:** Acme CLI v2.3.1을 사용하려면 Node.js 18 이상이 필요합니다.

## 설치

터미널에서 `npm install -g acme-cli`를 실행합니다. 설치는 보통 1분 이내에 완료됩니다.

```bash
# Install the CLI globally
npm install -g acme-cli
acme --version
```

설치가 완료되면 터미널을 다시 시작한 후 `acme` 명령을 사용할 수 있는지 확인합니다.

## 구성

CLI는 홈 디렉터리에 있는 `config.yaml`에서 설정을 읽습니다. 파일이 없으면 CLI를 처음 실행할 때 생성됩니다.

![구성 화면](images/config.png)

표시 이름을 변경하려면 **설정 > 프로필**로 이동하여 새 이름을 입력합니다. 변경 사항은 자동으로 저장됩니다.

1. **설정** 메뉴를 엽니다.
2. **개인정보**를 선택합니다.
3. **사용 데이터 공유**를 끕니다.

- 실행 중인 명령을 취소하려면 Ctrl+C를 누릅니다.
- 현재 파일을 저장하려면 Ctrl+S를 누릅니다.
- 자세한 로그를 보려면 `--verbose` 플래그를 사용합니다.

## Python SDK 사용하기

Python에서 API를 호출할 수도 있습니다. 다음 예제에서는 새 프로젝트를 만듭니다.

```python
# API 키로 클라이언트 생성
from acme import Client

client = Client(api_key="YOUR_KEY")  # 키로 바꾸세요
project = client.create_project("demo")
print(f"Created {project.name}")
```

`create_project` 메서드는 `Project` 객체를 반환합니다. 같은 이름의 프로젝트가 이미 있으면 오류가 발생합니다.

## 메시지 템플릿

메시지에는 자리 표시자를 포함할 수 있습니다. 예를 들어 `Hello, {userName}!`은 사용자의 이름으로 인사합니다.

| 자리 표시자 | 설명 |
| --- | --- |
| `{userName}` | 현재 사용자의 이름입니다. |
| `%s` | 문자열 값입니다. |
| `%d` | 정수 값입니다. |

업로드가 끝나면 "%d개 파일이 업로드됨" 메시지가 표시됩니다.

> **경고:** `.acme` 폴더를 삭제하지 마세요. 이 폴더에는 자격 증명이 들어 있습니다.

## 문제 해결

`EACCES: permission denied` 오류가 표시되면 관리자 권한으로 명령을 실행합니다. macOS에서는 `sudo`를 사용해야 할 수도 있습니다.

자세한 내용은 [공식 문서](https://docs.acme.dev)를 참조하거나 [지원팀](mailto:support@acme.dev)에 문의하세요.

## 다음 단계

이제 첫 번째 프로젝트를 만들 준비가 되었습니다. [배포 가이드](deploy.md)에서 프로젝트를 배포하는 방법을 알아보세요.
"""

GUIDE_EN = """\
---
title: Getting Started with Acme CLI
description: Install and configure Acme CLI.
---

# Getting Started with Acme CLI

Acme CLI is a command-line tool for managing your cloud projects. This guide explains how to install the tool and create your first project.

> **Note:** Acme CLI v2.3.1 requires Node.js 18 or later.

## Installation

Run `npm install -g acme-cli` in your terminal. The installation usually takes less than a minute.

```bash
# Install the CLI globally
npm install -g acme-cli
acme --version
```

After the installation is complete, restart your terminal. Then check that the `acme` command is available.

## Configuration

The CLI reads its settings from `config.yaml` in your home directory. If the file does not exist, it is created the first time you run the CLI.

![Configuration screen](images/config.png)

To change your display name, go to **Settings > Profile** and enter a new name. Your changes are saved automatically.

1. Open the **Settings** menu.
2. Select **Privacy**.
3. Turn off **Share usage data**.

- Press Ctrl+C to cancel a running command.
- Press Ctrl+S to save the current file.
- Use the `--verbose` flag to see detailed logs.

## Using the Python SDK

You can also call the API from Python. The following example creates a new project.

```python
# Create a client with your API key
from acme import Client

client = Client(api_key="YOUR_KEY")  # Replace with your key
project = client.create_project("demo")
print(f"Created {project.name}")
```

The `create_project` method returns a `Project` object. If a project with the same name already exists, an error is raised.

## Message templates

Messages can contain placeholders. For example, `Hello, {userName}!` greets the user by name.

| Placeholder | Description |
| --- | --- |
| `{userName}` | The name of the current user. |
| `%s` | A string value. |
| `%d` | An integer value. |

The message "%d files uploaded" is shown after an upload finishes.

> **Warning:** Do not delete the `.acme` folder. It contains your credentials.

## Troubleshooting

If you see the error `EACCES: permission denied`, run the command with administrator rights. On macOS, you may need to use `sudo`.

For more information, see the [official documentation](https://docs.acme.dev) or contact [Support](mailto:support@acme.dev).

## Next steps

Now you are ready to create your first project. Learn how to deploy it in the [Deployment guide](deploy.md).
"""

SITE_KO = """\
<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>Acme CLI 시작하기 | Acme Docs</title>
<style>.toc-hidden{display:none}</style></head>
<body>
<div class="top-bar"><a href="/">Acme Docs</a> <a href="/ko/search">검색</a> <span class="lang-switch">English | 한국어</span></div>
<div class="layout">
<div class="sidebar-nav">
<ul class="menu">
<li><a href="intro.html">소개</a></li>
<li><a href="guide.html">시작하기</a></li>
<li><a href="deploy.html">배포</a></li>
<li><a href="faq.html">자주 묻는 질문</a></li>
</ul>
</div>
<main>
<ol class="breadcrumb"><li><a href="/">홈</a></li><li><a href="/guides">가이드</a></li><li>Acme CLI 시작하기</li></ol>
<a class="edit-link" href="https://github.com/acme/docs/edit/main/ko/guide.md">이 페이지 편집</a>
<article>
<h1>Acme CLI 시작하기</h1>
<p>Acme CLI는 클라우드 프로젝트를 관리하기 위한 명령줄 도구입니다. 이 가이드에서는 도구를 설치하고 첫 번째 프로젝트를 만드는 방법을 설명합니다.</p>
<div class="admonition note"><p><strong>참고:</strong> Acme CLI v2.3.1을 사용하려면 Node.js 18 이상이 필요합니다.</p></div>
<h2 id="installation">설치</h2>
<p>터미널에서 <code>npm install -g acme-cli</code>를 실행합니다. 설치는 보통 1분 이내에 완료됩니다.</p>
<pre><code class="language-bash"># Install the CLI globally
npm install -g acme-cli
acme --version
</code></pre>
<p>설치가 완료되면 터미널을 다시 시작한 후 <code>acme</code> 명령을 사용할 수 있는지 확인합니다.</p>
<h2 id="configuration">구성</h2>
<p>CLI는 홈 디렉터리에 있는 <code>config.yaml</code>에서 설정을 읽습니다. 파일이 없으면 CLI를 처음 실행할 때 생성됩니다.</p>
<p><img src="images/config.png" alt="구성 화면"></p>
<p>표시 이름을 변경하려면 <strong>설정 &gt; 프로필</strong>로 이동하여 새 이름을 입력합니다. 변경 사항은 자동으로 저장됩니다.</p>
<ol><li><strong>설정</strong> 메뉴를 엽니다.</li><li><strong>개인정보</strong>를 선택합니다.</li><li><strong>사용 데이터 공유</strong>를 끕니다.</li></ol>
<ul><li>실행 중인 명령을 취소하려면 <kbd>Ctrl</kbd>+<kbd>C</kbd>를 누릅니다.</li><li>현재 파일을 저장하려면 <kbd>Ctrl</kbd>+<kbd>S</kbd>를 누릅니다.</li></ul>
<h2 id="sdk">Python SDK 사용하기</h2>
<p>Python에서 API를 호출할 수도 있습니다. 다음 예제에서는 새 프로젝트를 만듭니다.</p>
<div class="highlight"><pre><span class="c1"># API 키로 클라이언트 생성</span>
<span class="kn">from</span> acme <span class="kn">import</span> Client
client = Client(api_key=<span class="s">"YOUR_KEY"</span>)  <span class="c1"># 키로 바꾸세요</span>
print(f"Created {project.name}")</pre></div>
<p><code>create_project</code> 메서드는 <code>Project</code> 객체를 반환합니다. 같은 이름의 프로젝트가 이미 있으면 오류가 발생합니다.</p>
<table><thead><tr><th>자리 표시자</th><th>설명</th></tr></thead>
<tbody><tr><td><code>{userName}</code></td><td>현재 사용자의 이름입니다.</td></tr>
<tr><td><code>%s</code></td><td>문자열 값입니다.</td></tr></tbody></table>
<p>업로드가 끝나면 "%d개 파일이 업로드됨" 메시지가 표시됩니다.</p>
<h2 id="next">다음 단계</h2>
<p>이제 첫 번째 프로젝트를 만들 준비가 되었습니다. <a href="deploy.html">배포 가이드</a>에서 프로젝트를 배포하는 방법을 알아보세요.</p>
</article>
<div class="feedback"><p>이 페이지가 도움이 되었나요?</p><button>예</button><button>아니요</button></div>
<div class="pager"><a href="intro.html">&laquo; 이전: 소개</a> <a href="deploy.html">다음: 배포 &raquo;</a></div>
</main>
</div>
<footer><p>© 2024 Acme Inc. All rights reserved.</p><p><a href="/privacy">개인정보 처리방침</a> · <a href="/terms">서비스 약관</a></p></footer>
</body></html>
"""

SITE_EN = """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Getting Started with Acme CLI | Acme Docs</title>
<style>.toc-hidden{display:none}</style></head>
<body>
<div class="top-bar"><a href="/">Acme Docs</a> <a href="/en/search">Search</a> <span class="lang-switch">English | 한국어</span></div>
<div class="layout">
<div class="sidebar-nav">
<ul class="menu">
<li><a href="intro.html">Introduction</a></li>
<li><a href="guide.html">Getting started</a></li>
<li><a href="deploy.html">Deployment</a></li>
<li><a href="faq.html">FAQ</a></li>
</ul>
</div>
<main>
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/guides">Guides</a></li><li>Getting Started with Acme CLI</li></ol>
<a class="edit-link" href="https://github.com/acme/docs/edit/main/en/guide.md">Edit this page</a>
<article>
<h1>Getting Started with Acme CLI</h1>
<p>Acme CLI is a command-line tool for managing your cloud projects. This guide explains how to install the tool and create your first project.</p>
<div class="admonition note"><p><strong>Note:</strong> Acme CLI v2.3.1 requires Node.js 18 or later.</p></div>
<h2 id="installation">Installation</h2>
<p>Run <code>npm install -g acme-cli</code> in your terminal. The installation usually takes less than a minute.</p>
<pre><code class="language-bash"># Install the CLI globally
npm install -g acme-cli
acme --version
</code></pre>
<p>After the installation is complete, restart your terminal. Then check that the <code>acme</code> command is available.</p>
<h2 id="configuration">Configuration</h2>
<p>The CLI reads its settings from <code>config.yaml</code> in your home directory. If the file does not exist, it is created the first time you run the CLI.</p>
<p><img src="images/config.png" alt="Configuration screen"></p>
<p>To change your display name, go to <strong>Settings &gt; Profile</strong> and enter a new name. Your changes are saved automatically.</p>
<ol><li>Open the <strong>Settings</strong> menu.</li><li>Select <strong>Privacy</strong>.</li><li>Turn off <strong>Share usage data</strong>.</li></ol>
<ul><li>Press <kbd>Ctrl</kbd>+<kbd>C</kbd> to cancel a running command.</li><li>Press <kbd>Ctrl</kbd>+<kbd>S</kbd> to save the current file.</li></ul>
<h2 id="sdk">Using the Python SDK</h2>
<p>You can also call the API from Python. The following example creates a new project.</p>
<div class="highlight"><pre><span class="c1"># Create a client with your API key</span>
<span class="kn">from</span> acme <span class="kn">import</span> Client
client = Client(api_key=<span class="s">"YOUR_KEY"</span>)  <span class="c1"># Replace with your key</span>
print(f"Created {project.name}")</pre></div>
<p>The <code>create_project</code> method returns a <code>Project</code> object. If a project with the same name already exists, an error is raised.</p>
<table><thead><tr><th>Placeholder</th><th>Description</th></tr></thead>
<tbody><tr><td><code>{userName}</code></td><td>The name of the current user.</td></tr>
<tr><td><code>%s</code></td><td>A string value.</td></tr></tbody></table>
<p>The message "%d files uploaded" is shown after an upload finishes.</p>
<h2 id="next">Next steps</h2>
<p>Now you are ready to create your first project. Learn how to deploy it in the <a href="deploy.html">Deployment guide</a>.</p>
</article>
<div class="feedback"><p>Was this helpful?</p><button>Yes</button><button>No</button></div>
<div class="pager"><a href="intro.html">&laquo; Previous: Introduction</a> <a href="deploy.html">Next: Deployment &raquo;</a></div>
</main>
</div>
<footer><p>© 2024 Acme Inc. All rights reserved.</p><p><a href="/privacy">Privacy Policy</a> · <a href="/terms">Terms of Service</a></p></footer>
</body></html>
"""

EXTENDED_KO = """\
# 앱 배포하기

배포하기 전에 모든 테스트를 통과하는지 확인하세요.

!!! note "시작하기 전에"

    배포하려면 Acme 계정이 필요합니다. Acme 웹사이트에서 가입하세요.

:::tip
웹 콘솔에서도 배포할 수 있습니다.
:::

=== "macOS"

    터미널 앱을 열고 배포 명령을 실행합니다.

=== "Windows"

    관리자 권한으로 PowerShell을 엽니다.

1. 앱을 빌드합니다.

    ```bash
    acme build --prod
    ```

2. 빌드를 배포합니다. 몇 분 정도 걸릴 수 있습니다.
3. 출력에 표시된 URL(예: https://demo.acme.app)을 엽니다.

<details>
<summary>배포에 실패하면 어떻게 하나요?</summary>

`acme logs`로 로그를 확인하세요. 대부분의 실패는 환경 변수가 누락되어 발생합니다.

</details>

현재 버전은 {{ site.version }}입니다. `package.json` 파일에서 이 버전을 사용하세요.

<!-- TODO: 스크린샷 추가 -->

**Ctrl+Shift+P**를 누르고 *Deploy*를 입력하면 명령 팔레트가 열립니다.

이제 끝났습니다! 앱이 배포되었습니다.
"""

EXTENDED_EN = """\
# Deploying your app

Before you deploy, make sure that all tests pass.

!!! note "Before you begin"

    You need an Acme account to deploy. Sign up at the Acme website.

:::tip
You can deploy from the web console as well.
:::

=== "macOS"

    Open the Terminal app and run the deploy command.

=== "Windows"

    Open PowerShell as an administrator.

1. Build the app:

    ```bash
    acme build --prod
    ```

2. Deploy the build. This may take several minutes.
3. Open the URL shown in the output, e.g. https://demo.acme.app.

<details>
<summary>What if the deploy fails?</summary>

Check the logs with `acme logs`. Most failures are caused by a missing environment variable.

</details>

The current version is {{ site.version }}. Use it in your `package.json` file.

<!-- TODO: add screenshot -->

Press **Ctrl+Shift+P** and type *Deploy*. The command palette opens.

That's it! Your app is now live.
"""

CHANGELOG_KO = """\
# 릴리스 노트

## v2.4.0 (2024-05-14)

### 새로운 기능
- 다크 모드 지원 추가 (#1234)
- 프로젝트를 ZIP 파일로 내보내는 `acme export` 명령 추가
- Python 3.12 지원

### 버그 수정
- 이름이 비어 있는 프로젝트를 열 때 발생하던 충돌 수정 (#1250)
- 진행률 표시줄이 99%에서 멈추던 문제 수정
- API 키가 만료되었을 때 잘못된 오류 메시지가 표시되던 문제 수정 (#1262)
- 대규모 저장소에서 `acme sync` 성능 개선

### 알려진 문제
- Windows에서 2GB보다 큰 파일을 업로드하지 못할 수 있음
- ARM 기기에서는 `--watch` 플래그가 지원되지 않음

## v2.3.1 (2024-04-02)

### 버그 수정
- SSO 계정으로 로그인하지 못하던 문제 수정 (#1198)
- 설정 페이지의 오타 수정
- 번역 업데이트

## v2.3.0 (2024-03-18)

### 호환성이 깨지는 변경 사항
- 더 이상 사용되지 않는 `acme deploy --legacy` 옵션 제거
- Node.js 16 지원 중단

### 개선 사항
- 시작 시간 단축
- 메모리 사용량 30% 감소
"""

CHANGELOG_EN = """\
# Release Notes

## v2.4.0 (2024-05-14)

### New features
- Added dark mode support (#1234)
- New `acme export` command for exporting projects as ZIP files
- Support for Python 3.12

### Bug fixes
- Fixed crash when opening a project with an empty name (#1250)
- Fixed an issue where the progress bar stopped at 99%
- Fixed incorrect error message when the API key expired (#1262)
- Improved performance of `acme sync` on large repositories

### Known issues
- Uploads larger than 2 GB may fail on Windows
- The `--watch` flag is not supported on ARM devices

## v2.3.1 (2024-04-02)

### Bug fixes
- Fixed login failure with SSO accounts (#1198)
- Fixed typo in the settings page
- Updated translations

## v2.3.0 (2024-03-18)

### Breaking changes
- Removed the deprecated `acme deploy --legacy` option
- Node.js 16 is no longer supported

### Improvements
- Faster startup time
- Reduced memory usage by 30%
"""

NOTES_KO = """\
Acme Desktop 3.0.2 - 릴리스 노트
릴리스 날짜: 2024년 6월 3일

버그 수정
- 동기화 작업이 진행되는 동안 애플리케이션을 최소화하면 충돌이 발생하던 문제 수정 (#2101)
- 일부 키보드 레이아웃에서 편집기의 바로 가기 키(Ctrl+Z, Ctrl+Y)가 작동하지 않던 문제 수정
- 대화 상자를 취소한 후 저장 버튼이 비활성화되던 문제 수정 (#2117)
- 이미지 미리 보기의 메모리 누수 수정
- 내보낸 CSV 파일의 날짜 형식이 잘못되던 문제 수정

변경 사항
- 번들로 제공되는 Chromium을 버전 124로 업데이트
- macOS 10.14 지원 중단
- 이제 원격 분석이 기본적으로 비활성화됨

기여해 주신 @jkim 님과 @lee-dev 님께 감사드립니다!
"""

NOTES_EN = """\
Acme Desktop 3.0.2 - Release Notes
Released: June 3, 2024

Bug fixes
- Fixed a crash that occurred when the application was minimized while a
  sync operation was in progress (#2101)
- Fixed an issue where keyboard shortcuts (Ctrl+Z, Ctrl+Y) did not work in
  the editor on some keyboard layouts
- Fixed a memory leak in the image preview
- The Save button is no longer disabled after cancelling a dialog (#2117)
- Fixed incorrect date format in exported CSV files

Changes
- Updated the bundled Chromium to version 124
- Removed support for macOS 10.14
- Telemetry is now disabled by default

Thanks to @jkim and @lee-dev for their contributions!
"""

STRINGS = [
    ("btn.ok", "확인", "OK"),
    ("btn.cancel", "취소", "Cancel"),
    ("btn.save", "저장", "Save"),
    ("btn.delete", "삭제", "Delete"),
    ("btn.close", "닫기", "Close"),
    ("btn.yes", "예", "Yes"),
    ("btn.no", "아니요", "No"),
    ("btn.retry", "다시 시도", "Retry"),
    ("btn.next", "다음", "Next"),
    ("btn.back", "뒤로", "Back"),
    ("btn.signin", "로그인", "Sign in"),
    ("btn.signout", "로그아웃", "Sign out"),
    ("menu.file", "파일", "File"),
    ("menu.edit", "편집", "Edit"),
    ("menu.view", "보기", "View"),
    ("menu.help", "도움말", "Help"),
    ("menu.settings", "설정", "Settings"),
    ("menu.settings.privacy", "설정 > 개인정보", "Settings > Privacy"),
    ("msg.deleted", "{count}개 항목 삭제됨", "{count} items deleted"),
    ("msg.deleted.one", "항목 1개 삭제됨", "1 item deleted"),
    ("msg.files.plural", "{count, plural, other {파일 #개}}", "{count, plural, one {# file} other {# files}}"),
    ("msg.welcome", "{userName}님, 환영합니다!", "Welcome, {userName}!"),
    ("msg.upload.progress", "%d개 중 %d개 업로드 중...", "Uploading %d of %d..."),
    ("msg.copied", "클립보드에 복사되었습니다.", "Copied to clipboard."),
    ("msg.save.failed", "파일을 저장할 수 없습니다. 다시 시도하세요.", "Could not save the file. Please try again."),
    ("msg.unsaved", "저장하지 않은 변경 사항이 있습니다. 계속하시겠습니까?", "You have unsaved changes. Do you want to continue?"),
    ("msg.network", "네트워크에 연결되어 있지 않습니다.", "You are not connected to the network."),
    ("msg.session.expired", "세션이 만료되었습니다. 다시 로그인하세요.", "Your session has expired. Please sign in again."),
    ("msg.version", "버전 %s", "Version %s"),
    ("msg.update.available", "새 버전(v%1$s)을 사용할 수 있습니다.", "A new version (v%1$s) is available."),
    ("msg.storage", "저장 공간 %1$d%% 사용 중", "%1$d%% of storage used"),
    ("msg.search.empty", "\"%s\"에 대한 검색 결과가 없습니다.", "No results found for \"%s\"."),
    ("msg.shortcut.copy", "복사하려면 Ctrl+C를 누르세요.", "Press Ctrl+C to copy."),
    ("msg.html.terms", "<b>서비스 약관</b>에 동의합니다.", "I agree to the <b>Terms of Service</b>."),
    ("msg.link", "자세한 내용은 <a href=\"{url}\">도움말</a>을 참조하세요.", "See <a href=\"{url}\">Help</a> for details."),
    ("msg.newline", "업로드 완료\\n파일 {count}개", "Upload complete\\n{count} files"),
    ("label.email", "이메일 주소", "Email address"),
    ("label.password", "비밀번호", "Password"),
    ("label.search.placeholder", "검색...", "Search..."),
    ("label.lastUpdated", "마지막 업데이트: {date}", "Last updated: {date}"),
    ("label.darkmode", "다크 모드", "Dark mode"),
    ("label.language", "언어", "Language"),
    ("tooltip.refresh", "새로 고침 (F5)", "Refresh (F5)"),
    ("error.404", "페이지를 찾을 수 없습니다.", "Page not found."),
    ("error.500", "서버 오류가 발생했습니다. 잠시 후 다시 시도하세요.", "A server error occurred. Please try again later."),
    ("app.name", "Acme", "Acme"),
    ("label.api", "API 키", "API key"),
    ("msg.todo.untranslated", "", "Export to PDF"),
    ("msg.todo2", "", "Share with your team"),
    ("msg.ko.only", "한국 사용자 전용 혜택", ""),
    ("label.beta", "베타", "Beta"),
    ("status.sync", "동기화 중...", "Syncing..."),
]

STRINGS_TOKENS = ["{count}개", "{count} items", "{userName}님", "%d개 중 %d개", "Uploading %d of %d...", "v%1$s", "%1$d%%", "\"%s\"", "Ctrl+C", "<b>Terms of Service</b>", "{url}", "\\n", "{date}", "{count, plural, one {# file} other {# files}}"]

GOLD = {
    "md": {
        "pairs": [
            ("Acme CLI 시작하기", "Getting Started with Acme CLI"),
            ("Acme CLI는 클라우드 프로젝트를 관리하기 위한 명령줄 도구입니다.", "Acme CLI is a command-line tool for managing your cloud projects."),
            ("이 가이드에서는 도구를 설치하고 첫 번째 프로젝트를 만드는 방법을 설명합니다.", "This guide explains how to install the tool and create your first project."),
            ("참고: Acme CLI v2.3.1을 사용하려면 Node.js 18 이상이 필요합니다.", "Note: Acme CLI v2.3.1 requires Node.js 18 or later."),
            ("설치", "Installation"),
            ("터미널에서 npm install -g acme-cli를 실행합니다.", "Run npm install -g acme-cli in your terminal."),
            ("설치는 보통 1분 이내에 완료됩니다.", "The installation usually takes less than a minute."),
            ("설치가 완료되면 터미널을 다시 시작한 후 acme 명령을 사용할 수 있는지 확인합니다.", "After the installation is complete, restart your terminal. Then check that the acme command is available."),
            ("구성", "Configuration"),
            ("CLI는 홈 디렉터리에 있는 config.yaml에서 설정을 읽습니다.", "The CLI reads its settings from config.yaml in your home directory."),
            ("파일이 없으면 CLI를 처음 실행할 때 생성됩니다.", "If the file does not exist, it is created the first time you run the CLI."),
            ("표시 이름을 변경하려면 설정 > 프로필로 이동하여 새 이름을 입력합니다.", "To change your display name, go to Settings > Profile and enter a new name."),
            ("변경 사항은 자동으로 저장됩니다.", "Your changes are saved automatically."),
            ("설정 메뉴를 엽니다.", "Open the Settings menu."),
            ("개인정보를 선택합니다.", "Select Privacy."),
            ("사용 데이터 공유를 끕니다.", "Turn off Share usage data."),
            ("실행 중인 명령을 취소하려면 Ctrl+C를 누릅니다.", "Press Ctrl+C to cancel a running command."),
            ("현재 파일을 저장하려면 Ctrl+S를 누릅니다.", "Press Ctrl+S to save the current file."),
            ("자세한 로그를 보려면 --verbose 플래그를 사용합니다.", "Use the --verbose flag to see detailed logs."),
            ("Python SDK 사용하기", "Using the Python SDK"),
            ("Python에서 API를 호출할 수도 있습니다.", "You can also call the API from Python."),
            ("다음 예제에서는 새 프로젝트를 만듭니다.", "The following example creates a new project."),
            ("create_project 메서드는 Project 객체를 반환합니다.", "The create_project method returns a Project object."),
            ("같은 이름의 프로젝트가 이미 있으면 오류가 발생합니다.", "If a project with the same name already exists, an error is raised."),
            ("메시지 템플릿", "Message templates"),
            ("메시지에는 자리 표시자를 포함할 수 있습니다.", "Messages can contain placeholders."),
            ("예를 들어 Hello, {userName}!은 사용자의 이름으로 인사합니다.", "For example, Hello, {userName}! greets the user by name."),
            ("자리 표시자", "Placeholder"),
            ("설명", "Description"),
            ("현재 사용자의 이름입니다.", "The name of the current user."),
            ("문자열 값입니다.", "A string value."),
            ("정수 값입니다.", "An integer value."),
            ("업로드가 끝나면 \"%d개 파일이 업로드됨\" 메시지가 표시됩니다.", "The message \"%d files uploaded\" is shown after an upload finishes."),
            ("경고: .acme 폴더를 삭제하지 마세요.", "Warning: Do not delete the .acme folder."),
            ("이 폴더에는 자격 증명이 들어 있습니다.", "It contains your credentials."),
            ("문제 해결", "Troubleshooting"),
            ("EACCES: permission denied 오류가 표시되면 관리자 권한으로 명령을 실행합니다.", "If you see the error EACCES: permission denied, run the command with administrator rights."),
            ("macOS에서는 sudo를 사용해야 할 수도 있습니다.", "On macOS, you may need to use sudo."),
            ("자세한 내용은 공식 문서를 참조하거나 지원팀에 문의하세요.", "For more information, see the official documentation or contact Support."),
            ("다음 단계", "Next steps"),
            ("이제 첫 번째 프로젝트를 만들 준비가 되었습니다.", "Now you are ready to create your first project."),
            ("배포 가이드에서 프로젝트를 배포하는 방법을 알아보세요.", "Learn how to deploy it in the Deployment guide."),
        ],
        "debatable": [
            ("구성 화면", "Configuration screen"),
        ],
        "unpaired": ["{userName}", "%s", "%d"],
        "never_paired": ["npm install -g acme-cli\n", "Install the CLI globally", "acme --version", "from acme import", "api_key=", "print(f", "Create a client", "API 키로"],
        "tokens": ["npm install -g acme-cli", "config.yaml", "{userName}", "%d개", "%d files", "v2.3.1", "Ctrl+C", "Ctrl+S", "--verbose", "EACCES: permission denied", "create_project", ".acme"],
    },
    "html": {
        "pairs": [
            ("Acme CLI 시작하기", "Getting Started with Acme CLI"),
            ("Acme CLI는 클라우드 프로젝트를 관리하기 위한 명령줄 도구입니다.", "Acme CLI is a command-line tool for managing your cloud projects."),
            ("이 가이드에서는 도구를 설치하고 첫 번째 프로젝트를 만드는 방법을 설명합니다.", "This guide explains how to install the tool and create your first project."),
            ("참고: Acme CLI v2.3.1을 사용하려면 Node.js 18 이상이 필요합니다.", "Note: Acme CLI v2.3.1 requires Node.js 18 or later."),
            ("설치", "Installation"),
            ("터미널에서 npm install -g acme-cli를 실행합니다.", "Run npm install -g acme-cli in your terminal."),
            ("설치는 보통 1분 이내에 완료됩니다.", "The installation usually takes less than a minute."),
            ("설치가 완료되면 터미널을 다시 시작한 후 acme 명령을 사용할 수 있는지 확인합니다.", "After the installation is complete, restart your terminal. Then check that the acme command is available."),
            ("구성", "Configuration"),
            ("CLI는 홈 디렉터리에 있는 config.yaml에서 설정을 읽습니다.", "The CLI reads its settings from config.yaml in your home directory."),
            ("파일이 없으면 CLI를 처음 실행할 때 생성됩니다.", "If the file does not exist, it is created the first time you run the CLI."),
            ("표시 이름을 변경하려면 설정 > 프로필로 이동하여 새 이름을 입력합니다.", "To change your display name, go to Settings > Profile and enter a new name."),
            ("변경 사항은 자동으로 저장됩니다.", "Your changes are saved automatically."),
            ("설정 메뉴를 엽니다.", "Open the Settings menu."),
            ("개인정보를 선택합니다.", "Select Privacy."),
            ("사용 데이터 공유를 끕니다.", "Turn off Share usage data."),
            ("실행 중인 명령을 취소하려면 Ctrl+C를 누릅니다.", "Press Ctrl+C to cancel a running command."),
            ("현재 파일을 저장하려면 Ctrl+S를 누릅니다.", "Press Ctrl+S to save the current file."),
            ("Python SDK 사용하기", "Using the Python SDK"),
            ("Python에서 API를 호출할 수도 있습니다.", "You can also call the API from Python."),
            ("다음 예제에서는 새 프로젝트를 만듭니다.", "The following example creates a new project."),
            ("create_project 메서드는 Project 객체를 반환합니다.", "The create_project method returns a Project object."),
            ("같은 이름의 프로젝트가 이미 있으면 오류가 발생합니다.", "If a project with the same name already exists, an error is raised."),
            ("자리 표시자", "Placeholder"),
            ("설명", "Description"),
            ("현재 사용자의 이름입니다.", "The name of the current user."),
            ("문자열 값입니다.", "A string value."),
            ("업로드가 끝나면 \"%d개 파일이 업로드됨\" 메시지가 표시됩니다.", "The message \"%d files uploaded\" is shown after an upload finishes."),
            ("다음 단계", "Next steps"),
            ("이제 첫 번째 프로젝트를 만들 준비가 되었습니다.", "Now you are ready to create your first project."),
            ("배포 가이드에서 프로젝트를 배포하는 방법을 알아보세요.", "Learn how to deploy it in the Deployment guide."),
        ],
        "debatable": [
            ("구성 화면", "Configuration screen"),
            ("# API 키로 클라이언트 생성", "# Create a client with your API key"),
        ],
        "unpaired": ["{userName}", "%s"],
        "never_paired": ["Edit this page", "Was this helpful", "Search", "Introduction", "Home", "Privacy Policy", "All rights reserved", "Deployment guide.\n", "api_key=", "npm install -g acme-cli\n"],
        "tokens": ["npm install -g acme-cli", "config.yaml", "{userName}", "%d개", "v2.3.1", "Ctrl+C", "create_project"],
    },
    "md2": {
        "pairs": [
            ("앱 배포하기", "Deploying your app"),
            ("배포하기 전에 모든 테스트를 통과하는지 확인하세요.", "Before you deploy, make sure that all tests pass."),
            ("배포하려면 Acme 계정이 필요합니다.", "You need an Acme account to deploy."),
            ("Acme 웹사이트에서 가입하세요.", "Sign up at the Acme website."),
            ("웹 콘솔에서도 배포할 수 있습니다.", "You can deploy from the web console as well."),
            ("터미널 앱을 열고 배포 명령을 실행합니다.", "Open the Terminal app and run the deploy command."),
            ("관리자 권한으로 PowerShell을 엽니다.", "Open PowerShell as an administrator."),
            ("앱을 빌드합니다.", "Build the app:"),
            ("빌드를 배포합니다.", "Deploy the build."),
            ("몇 분 정도 걸릴 수 있습니다.", "This may take several minutes."),
            ("출력에 표시된 URL(예: https://demo.acme.app)을 엽니다.", "Open the URL shown in the output, e.g. https://demo.acme.app."),
            ("배포에 실패하면 어떻게 하나요?", "What if the deploy fails?"),
            ("acme logs로 로그를 확인하세요.", "Check the logs with acme logs."),
            ("대부분의 실패는 환경 변수가 누락되어 발생합니다.", "Most failures are caused by a missing environment variable."),
            ("현재 버전은 {{ site.version }}입니다.", "The current version is {{ site.version }}."),
            ("package.json 파일에서 이 버전을 사용하세요.", "Use it in your package.json file."),
            ("Ctrl+Shift+P를 누르고 Deploy를 입력하면 명령 팔레트가 열립니다.", "Press Ctrl+Shift+P and type Deploy. The command palette opens."),
            ("이제 끝났습니다!", "That's it!"),
            ("앱이 배포되었습니다.", "Your app is now live."),
        ],
        "debatable": [
            ("note \"시작하기 전에\"", "!!! note \"Before you begin\""),
            (":::tip 웹 콘솔에서도 배포할 수 있습니다. :::", ":::tip You can deploy from the web console as well. :::"),
        ],
        "tokens": ["{{ site.version }}", "Ctrl+Shift+P", "https://demo.acme.app", "package.json"],
    },
    "rel": {
        "pairs": [
            ("릴리스 노트", "Release Notes"),
            ("새로운 기능", "New features"),
            ("다크 모드 지원 추가 (#1234)", "Added dark mode support (#1234)"),
            ("프로젝트를 ZIP 파일로 내보내는 acme export 명령 추가", "New acme export command for exporting projects as ZIP files"),
            ("Python 3.12 지원", "Support for Python 3.12"),
            ("버그 수정", "Bug fixes"),
            ("이름이 비어 있는 프로젝트를 열 때 발생하던 충돌 수정 (#1250)", "Fixed crash when opening a project with an empty name (#1250)"),
            ("진행률 표시줄이 99%에서 멈추던 문제 수정", "Fixed an issue where the progress bar stopped at 99%"),
            ("API 키가 만료되었을 때 잘못된 오류 메시지가 표시되던 문제 수정 (#1262)", "Fixed incorrect error message when the API key expired (#1262)"),
            ("대규모 저장소에서 acme sync 성능 개선", "Improved performance of acme sync on large repositories"),
            ("알려진 문제", "Known issues"),
            ("Windows에서 2GB보다 큰 파일을 업로드하지 못할 수 있음", "Uploads larger than 2 GB may fail on Windows"),
            ("ARM 기기에서는 --watch 플래그가 지원되지 않음", "The --watch flag is not supported on ARM devices"),
            ("버그 수정", "Bug fixes"),
            ("SSO 계정으로 로그인하지 못하던 문제 수정 (#1198)", "Fixed login failure with SSO accounts (#1198)"),
            ("설정 페이지의 오타 수정", "Fixed typo in the settings page"),
            ("번역 업데이트", "Updated translations"),
            ("호환성이 깨지는 변경 사항", "Breaking changes"),
            ("더 이상 사용되지 않는 acme deploy --legacy 옵션 제거", "Removed the deprecated acme deploy --legacy option"),
            ("Node.js 16 지원 중단", "Node.js 16 is no longer supported"),
            ("개선 사항", "Improvements"),
            ("시작 시간 단축", "Faster startup time"),
            ("메모리 사용량 30% 감소", "Reduced memory usage by 30%"),
        ],
        "unpaired": ["v2.4.0 (2024-05-14)", "v2.3.1 (2024-04-02)", "v2.3.0 (2024-03-18)"],
        "tokens": ["#1234", "#1250", "#1262", "#1198", "acme export", "--watch", "99%", "30%"],
    },
    "rel2": {
        "pairs": [
            ("Acme Desktop 3.0.2 - 릴리스 노트", "Acme Desktop 3.0.2 - Release Notes"),
            ("릴리스 날짜: 2024년 6월 3일", "Released: June 3, 2024"),
            ("버그 수정", "Bug fixes"),
            ("- 동기화 작업이 진행되는 동안 애플리케이션을 최소화하면 충돌이 발생하던 문제 수정 (#2101)", "- Fixed a crash that occurred when the application was minimized while a sync operation was in progress (#2101)"),
            ("- 일부 키보드 레이아웃에서 편집기의 바로 가기 키(Ctrl+Z, Ctrl+Y)가 작동하지 않던 문제 수정", "- Fixed an issue where keyboard shortcuts (Ctrl+Z, Ctrl+Y) did not work in the editor on some keyboard layouts"),
            ("- 대화 상자를 취소한 후 저장 버튼이 비활성화되던 문제 수정 (#2117)", "- The Save button is no longer disabled after cancelling a dialog (#2117)"),
            ("- 이미지 미리 보기의 메모리 누수 수정", "- Fixed a memory leak in the image preview"),
            ("- 내보낸 CSV 파일의 날짜 형식이 잘못되던 문제 수정", "- Fixed incorrect date format in exported CSV files"),
            ("변경 사항", "Changes"),
            ("- 번들로 제공되는 Chromium을 버전 124로 업데이트", "- Updated the bundled Chromium to version 124"),
            ("- macOS 10.14 지원 중단", "- Removed support for macOS 10.14"),
            ("- 이제 원격 분석이 기본적으로 비활성화됨", "- Telemetry is now disabled by default"),
            ("기여해 주신 @jkim 님과 @lee-dev 님께 감사드립니다!", "Thanks to @jkim and @lee-dev for their contributions!"),
        ],
        "debatable": [
            ("- 대화 상자를 취소한 후 저장 버튼이 비활성화되던 문제 수정 (#2117) - 이미지 미리 보기의 메모리 누수 수정", "- Fixed a memory leak in the image preview - The Save button is no longer disabled after cancelling a dialog (#2117)"),
        ],
        "tokens": ["#2101", "Ctrl+Z, Ctrl+Y", "#2117", "@lee-dev"],
    },
}
