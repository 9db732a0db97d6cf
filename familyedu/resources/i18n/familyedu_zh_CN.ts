<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About familyedu</source>
            <translation>关于 familyedu</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>无法读取</translation>
        </message>
        <message>
            <source>Case tracker for family education guidance centers.</source>
            <translation>家庭教育指导中心个案管理程序。</translation>
        </message>
        <message>
            <source>Database: {location}</source>
            <translation>数据库：{location}</translation>
        </message>
        <message>
            <source>Schema revision: {revision} (this familyedu writes {head})</source>
            <translation>数据库结构版本：{revision}（本程序使用 {head}）</translation>
        </message>
        <message>
            <source>Fonts</source>
            <translation>字体</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>程序库</translation>
        </message>
        <message>
            <source>The licence texts are in:</source>
            <translation>许可证全文位于：</translation>
        </message>
    </context>
    <context>
        <name>AdminView</name>
        <message>
            <source>Accounts</source>
            <translation>账户</translation>
        </message>
        <message>
            <source>Center</source>
            <translation>中心信息</translation>
        </message>
        <message>
            <source>Lists</source>
            <translation>分类列表</translation>
        </message>
        <message>
            <source>Letter wording</source>
            <translation>文书措辞</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>审计日志</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>familyedu cannot start</source>
            <translation>familyedu 无法启动</translation>
        </message>
        <message>
            <source>Nothing was changed in the database.</source>
            <translation>数据库未作任何改动。</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Choose your own password before you start</source>
            <translation>开始工作前请设置自己的密码</translation>
        </message>
    </context>
    <context>
        <name>ApprovalQueue</name>
        <message>
            <source>Case no.</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <source>Minor</source>
            <translation>未成年人</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>指导师</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>提交日期</translation>
        </message>
        <message>
            <source>No plan is waiting for your approval.</source>
            <translation>没有待审批的计划。</translation>
        </message>
        <message>
            <source>Double-click or press Enter to open the case and approve or return its plan on the Plan tab.</source>
            <translation>双击或按回车打开案件，在“指导计划”页批准或退回计划。</translation>
        </message>
    </context>
    <context>
        <name>AttendeesBox</name>
        <message>
            <source>%1 (the minor)</source>
            <translation>%1（未成年人）</translation>
        </message>
        <message>
            <source>No guardian is registered.</source>
            <translation>尚未登记监护人。</translation>
        </message>
    </context>
    <context>
        <name>AuditDetails</name>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Set up the center</source>
            <translation>初始设置本中心</translation>
        </message>
        <message>
            <source>Demonstration data</source>
            <translation>演示数据</translation>
        </message>
        <message>
            <source>Failed attempts in a row</source>
            <translation>连续失败次数</translation>
        </message>
        <message>
            <source>Refused at</source>
            <translation>拒绝环节</translation>
        </message>
        <message>
            <source>Account created</source>
            <translation>新建账户</translation>
        </message>
        <message>
            <source>Reset by the administrator</source>
            <translation>由管理员重置</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>恢复码</translation>
        </message>
        <message>
            <source>Field keys</source>
            <translation>字段密钥</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>密钥数</translation>
        </message>
        <message>
            <source>Reason for opening sealed records</source>
            <translation>查阅封存记录的理由</translation>
        </message>
        <message>
            <source>Read by (part of the program)</source>
            <translation>读取者（程序模块）</translation>
        </message>
        <message>
            <source>Refused action</source>
            <translation>被拒绝的操作</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>自动</translation>
        </message>
        <message>
            <source>Last audit entry in the file</source>
            <translation>文件中最后一条审计记录</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>备份时间</translation>
        </message>
        <message>
            <source>Replaced by the backup</source>
            <translation>已由备份替换</translation>
        </message>
        <message>
            <source>Last audit entry replaced</source>
            <translation>被替换的最后一条审计记录</translation>
        </message>
        <message>
            <source>Account changes</source>
            <translation>账户变化</translation>
        </message>
        <message>
            <source>Previous database kept as</source>
            <translation>原数据库另存为</translation>
        </message>
        <message>
            <source>Entry no.</source>
            <translation>记录编号</translation>
        </message>
        <message>
            <source>Hash</source>
            <translation>哈希值</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>导出内容</translation>
        </message>
        <message>
            <source>De-identified</source>
            <translation>已去标识化</translation>
        </message>
        <message>
            <source>Sealed records left out</source>
            <translation>未导出的封存记录</translation>
        </message>
        <message>
            <source>Smallest group shown (k)</source>
            <translation>最小显示组（k）</translation>
        </message>
        <message>
            <source>Values suppressed</source>
            <translation>隐去的数值</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>筛选条件</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <source>Password-protected</source>
            <translation>密码保护</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>From</source>
            <translation>起始</translation>
        </message>
        <message>
            <source>To</source>
            <translation>截止</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>修改前</translation>
        </message>
        <message>
            <source>Chinese label</source>
            <translation>中文名称</translation>
        </message>
        <message>
            <source>English label</source>
            <translation>英文名称</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>文书编号</translation>
        </message>
        <message>
            <source>Reprint</source>
            <translation>重印</translation>
        </message>
        <message>
            <source>Replaces</source>
            <translation>取代</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>New cases</source>
            <translation>新建案件</translation>
        </message>
        <message>
            <source>Duplicates</source>
            <translation>重复</translation>
        </message>
        <message>
            <source>Rows with errors</source>
            <translation>有错误的行</translation>
        </message>
        <message>
            <source>Counselor (user no.)</source>
            <translation>指导师（用户编号）</translation>
        </message>
        <message>
            <source>Cases (record nos.)</source>
            <translation>案件（记录编号）</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>已删除</translation>
        </message>
        <message>
            <source>Minor (record no.)</source>
            <translation>未成年人（记录编号）</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>意见</translation>
        </message>
        <message>
            <source>Length of the private notes</source>
            <translation>私密记录字数</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <source>Minors</source>
            <translation>未成年人</translation>
        </message>
        <message>
            <source>Records added</source>
            <translation>新增记录</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>账户</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>在办案件</translation>
        </message>
        <message>
            <source>Closed cases</source>
            <translation>已结案件</translation>
        </message>
        <message>
            <source>Sealed records</source>
            <translation>封存记录</translation>
        </message>
        <message>
            <source>Guardians</source>
            <translation>监护人</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>知情同意</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>案件</translation>
        </message>
        <message>
            <source>Plan revisions</source>
            <translation>指导计划版本</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>指导记录</translation>
        </message>
        <message>
            <source>Guardians at sessions</source>
            <translation>到场监护人</translation>
        </message>
        <message>
            <source>Goal ratings</source>
            <translation>目标评分</translation>
        </message>
        <message>
            <source>Mandatory reports</source>
            <translation>强制报告</translation>
        </message>
        <message>
            <source>no such account</source>
            <translation>账户不存在</translation>
        </message>
        <message>
            <source>account disabled</source>
            <translation>账户已停用</translation>
        </message>
        <message>
            <source>account locked</source>
            <translation>账户已锁定</translation>
        </message>
        <message>
            <source>wrong password</source>
            <translation>密码错误</translation>
        </message>
        <message>
            <source>the database key file</source>
            <translation>数据库密钥文件</translation>
        </message>
        <message>
            <source>the case list</source>
            <translation>案件列表</translation>
        </message>
        <message>
            <source>the audit trail</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel 工作簿</translation>
        </message>
        <message>
            <source>CSV</source>
            <translation>CSV</translation>
        </message>
        <message>
            <source>created</source>
            <translation>已生成</translation>
        </message>
        <message>
            <source>replaced</source>
            <translation>已更换</translation>
        </message>
        <message>
            <source>restored with the recovery code</source>
            <translation>已用恢复码恢复</translation>
        </message>
        <message>
            <source>record a mandatory report</source>
            <translation>登记强制报告</translation>
        </message>
        <message>
            <source>see the plans awaiting approval</source>
            <translation>查看待审批的计划</translation>
        </message>
        <message>
            <source>approve a plan</source>
            <translation>批准指导计划</translation>
        </message>
        <message>
            <source>assign a case to a counselor</source>
            <translation>将案件分配给指导师</translation>
        </message>
        <message>
            <source>make a backup</source>
            <translation>创建备份</translation>
        </message>
        <message>
            <source>close a case</source>
            <translation>结案</translation>
        </message>
        <message>
            <source>complete a plan</source>
            <translation>完成指导计划</translation>
        </message>
        <message>
            <source>create an account</source>
            <translation>新建账户</translation>
        </message>
        <message>
            <source>disable or enable an account</source>
            <translation>停用或启用账户</translation>
        </message>
        <message>
            <source>edit a case</source>
            <translation>修改案件</translation>
        </message>
        <message>
            <source>edit the lists</source>
            <translation>修改分类列表</translation>
        </message>
        <message>
            <source>edit the center's settings</source>
            <translation>修改中心信息</translation>
        </message>
        <message>
            <source>edit a minor's record</source>
            <translation>修改未成年人信息</translation>
        </message>
        <message>
            <source>edit a plan</source>
            <translation>修改指导计划</translation>
        </message>
        <message>
            <source>edit a mandatory report</source>
            <translation>修改强制报告</translation>
        </message>
        <message>
            <source>edit a session</source>
            <translation>修改指导记录</translation>
        </message>
        <message>
            <source>edit letter wording</source>
            <translation>修改文书措辞</translation>
        </message>
        <message>
            <source>encrypt notes and sealed records</source>
            <translation>加密私密记录和封存记录</translation>
        </message>
        <message>
            <source>export the case list</source>
            <translation>导出案件列表</translation>
        </message>
        <message>
            <source>import a register</source>
            <translation>导入名册</translation>
        </message>
        <message>
            <source>list the accounts</source>
            <translation>查看账户列表</translation>
        </message>
        <message>
            <source>log a session</source>
            <translation>登记指导记录</translation>
        </message>
        <message>
            <source>open a new case</source>
            <translation>新建案件</translation>
        </message>
        <message>
            <source>see plan decisions</source>
            <translation>查看计划审批结果</translation>
        </message>
        <message>
            <source>issue a letter</source>
            <translation>出具文书</translation>
        </message>
        <message>
            <source>issue the statistics</source>
            <translation>出具统计报表</translation>
        </message>
        <message>
            <source>read the audit trail</source>
            <translation>查看审计日志</translation>
        </message>
        <message>
            <source>read a case</source>
            <translation>查看案件</translation>
        </message>
        <message>
            <source>read a minor's record</source>
            <translation>查看未成年人信息</translation>
        </message>
        <message>
            <source>reassign a case</source>
            <translation>改派案件</translation>
        </message>
        <message>
            <source>take in a transferred case</source>
            <translation>接收移交案件</translation>
        </message>
        <message>
            <source>reopen a case</source>
            <translation>重新打开案件</translation>
        </message>
        <message>
            <source>replace the recovery code</source>
            <translation>更换恢复码</translation>
        </message>
        <message>
            <source>reprint a letter</source>
            <translation>重印文书</translation>
        </message>
        <message>
            <source>reset a password</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <source>restore a backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>restore the field keys</source>
            <translation>恢复字段密钥</translation>
        </message>
        <message>
            <source>return a plan</source>
            <translation>退回指导计划</translation>
        </message>
        <message>
            <source>start a plan review</source>
            <translation>开始计划复核</translation>
        </message>
        <message>
            <source>seal or unseal a record</source>
            <translation>封存或解封记录</translation>
        </message>
        <message>
            <source>open a sealed record</source>
            <translation>查阅封存记录</translation>
        </message>
        <message>
            <source>submit a plan</source>
            <translation>提交指导计划</translation>
        </message>
        <message>
            <source>transfer a case</source>
            <translation>移交案件</translation>
        </message>
        <message>
            <source>undo an import</source>
            <translation>撤销导入</translation>
        </message>
        <message>
            <source>check the audit chain</source>
            <translation>校验审计日志链</translation>
        </message>
        <message>
            <source>Simplified Chinese</source>
            <translation>简体中文</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>变更内容</translation>
        </message>
        <message>
            <source>Entered</source>
            <translation>录入内容</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>邮政编码</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>标志</translation>
        </message>
        <message>
            <source>Language of letters</source>
            <translation>文书语言</translation>
        </message>
        <message>
            <source>Letter reference prefix</source>
            <translation>文书编号前缀</translation>
        </message>
        <message>
            <source>Lock the screen after (minutes)</source>
            <translation>闲置锁屏时间（分钟）</translation>
        </message>
        <message>
            <source>Automatic backups kept</source>
            <translation>自动备份保留份数</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <source>submitted for approval</source>
            <translation>提交审批</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>returned to draft</source>
            <translation>退回草稿</translation>
        </message>
        <message>
            <source>put under review</source>
            <translation>进入复核</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>an administrator holds no cases</source>
            <translation>管理员不承办案件</translation>
        </message>
        <message>
            <source>as %1</source>
            <translation>以%1身份</translation>
        </message>
    </context>
    <context>
        <name>AuditViewer</name>
        <message>
            <source>Case number</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <source>To</source>
            <translation>至</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>查询</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>Check the chain</source>
            <translation>校验日志链</translation>
        </message>
        <message>
            <source>Who:</source>
            <translation>操作人：</translation>
        </message>
        <message>
            <source>Action:</source>
            <translation>操作：</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>所有人</translation>
        </message>
        <message>
            <source>Any action</source>
            <translation>所有操作</translation>
        </message>
        <message>
            <source>Only supervisors can read the audit trail.</source>
            <translation>只有督导可以查阅审计日志。</translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>共 %n 条</numerusform>
            </translation>
        </message>
        <message>
            <source>The chain is intact: {n} entries checked.</source>
            <translation>日志链完整：已校验 {n} 条记录。</translation>
        </message>
        <message>
            <source>The chain is BROKEN at entry {id}: it was changed or an entry before it was removed.</source>
            <translation>日志链在第 {id} 条处断裂：该条被改动过，或其前面的记录被删除。</translation>
        </message>
        <message>
            <source>{n} entries exported to {path}.</source>
            <translation>已将 {n} 条记录导出到 {path}。</translation>
        </message>
        <message>
            <source>Export the audit trail</source>
            <translation>导出审计日志</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>案件</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
    </context>
    <context>
        <name>BackupPanel</name>
        <message>
            <source>A backup is a copy of the whole database, encrypted like the database itself, with a checksum. A backup is also made each time familyedu is closed.</source>
            <translation>备份是整个数据库的副本，与数据库本身一样加密，并附有校验和。每次关闭 familyedu 时也会自动备份。</translation>
        </message>
        <message>
            <source>Back up now…</source>
            <translation>立即备份…</translation>
        </message>
        <message>
            <source>Check a backup…</source>
            <translation>校验备份…</translation>
        </message>
        <message>
            <source>Restore a backup…</source>
            <translation>恢复备份…</translation>
        </message>
        <message>
            <source>Recent backups:</source>
            <translation>最近的备份：</translation>
        </message>
        <message>
            <source>{stamp}   {name}   {size:.1f} MB</source>
            <translation>{stamp}   {name}   {size:.1f} MB</translation>
        </message>
        <message>
            <source>No backup yet. One is made each time familyedu is closed, or now with Back up now…</source>
            <translation>尚无备份。每次关闭 familyedu 时会自动备份，也可点击“立即备份…”马上备份。</translation>
        </message>
        <message>
            <source>Making the backup…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <source>Checking the backup…</source>
            <translation>正在校验备份…</translation>
        </message>
        <message>
            <source>Checking and restoring the backup…</source>
            <translation>正在校验并恢复备份…</translation>
        </message>
        <message>
            <source>Save the backup as</source>
            <translation>备份另存为</translation>
        </message>
        <message>
            <source>familyedu backups (*{suffix})</source>
            <translation>familyedu 备份 (*{suffix})</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>选择备份</translation>
        </message>
        <message>
            <source>familyedu backups (*{suffix});;All files (*)</source>
            <translation>familyedu 备份 (*{suffix});;所有文件 (*)</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <source>The database will be replaced by the backup {name}. The current database is kept beside it, renamed. Everyone must sign in again afterwards. Continue?</source>
            <translation>数据库将被备份 {name} 替换。当前数据库会改名后保留在原位置。恢复后所有人都需要重新登录。是否继续？</translation>
        </message>
        <message>
            <source>Backup written to {path}.</source>
            <translation>备份已保存到 {path}。</translation>
        </message>
        <message>
            <source>The backup is sound: made {when} by {who}.</source>
            <translation>备份完好：由 {who} 于 {when} 创建。</translation>
        </message>
        <message>
            <source>The backup made {when} was restored. The replaced database was kept as {kept}.</source>
            <translation>已恢复 {when} 创建的备份。被替换的数据库已保留为 {kept}。</translation>
        </message>
        <message>
            <source>Backup of another database</source>
            <translation>其他数据库的备份</translation>
        </message>
        <message>
            <source>This backup is of another database. Enter your password of the time of the backup:</source>
            <translation>此备份来自另一个数据库。请输入您在备份时使用的密码：</translation>
        </message>
        <message>
            <source>Restoring this backup changes these accounts:</source>
            <translation>恢复此备份将更改以下账户：</translation>
        </message>
        <message>
            <source>Restore it all the same?</source>
            <translation>仍然要恢复吗？</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>The backup file was not found.</source>
            <translation>找不到备份文件。</translation>
        </message>
        <message>
            <source>The backup file is damaged or incomplete. Nothing was changed.</source>
            <translation>备份文件已损坏或不完整。未作任何改动。</translation>
        </message>
        <message>
            <source>This file is not a familyedu backup. Nothing was changed.</source>
            <translation>此文件不是 familyedu 备份。未作任何改动。</translation>
        </message>
        <message>
            <source>The backup file was altered after it was made. Nothing was changed.</source>
            <translation>备份文件在创建后被改动过。未作任何改动。</translation>
        </message>
        <message>
            <source>The backup comes from a newer version of familyedu. Nothing was changed.</source>
            <translation>此备份来自更新版本的 familyedu。未作任何改动。</translation>
        </message>
        <message>
            <source>This backup is of another database and the password does not open it. Nothing was changed.</source>
            <translation>此备份来自另一个数据库，该密码无法打开。未作任何改动。</translation>
        </message>
        <message>
            <source>Backups of a PostgreSQL server are made on the server (see the security documentation).</source>
            <translation>PostgreSQL 服务器的备份在服务器上进行（参见安全说明文档）。</translation>
        </message>
        <message>
            <source>A file that is not a familyedu backup already has this name. Choose another name; nothing was written.</source>
            <translation>已有一个同名文件，但它不是 familyedu 备份。请换一个文件名；没有写入任何内容。</translation>
        </message>
        <message>
            <source>Restoring this backup would change accounts (old passwords or disabled accounts would come back). Nothing was changed.</source>
            <translation>恢复此备份会更改账户（旧密码或已停用的账户会恢复）。未作任何更改。</translation>
        </message>
        <message>
            <source>The database is open in another program. Close familyedu on the other computers and try again.</source>
            <translation>数据库正被其他程序使用。请关闭其他电脑上的 familyedu 后重试。</translation>
        </message>
        <message>
            <source>The backup could not be used.</source>
            <translation>无法使用此备份。</translation>
        </message>
        <message>
            <source>{user}: came back (it existed only in the backup)</source>
            <translation>{user}：已恢复（原仅存在于备份中）</translation>
        </message>
        <message>
            <source>{user}: disappeared (it was created after the backup)</source>
            <translation>{user}：已不存在（系备份之后创建）</translation>
        </message>
        <message>
            <source>{user}: became active again</source>
            <translation>{user}：已重新启用</translation>
        </message>
        <message>
            <source>{user}: was disabled again</source>
            <translation>{user}：已重新停用</translation>
        </message>
        <message>
            <source>{user}: got its former role back</source>
            <translation>{user}：已恢复原来的角色</translation>
        </message>
        <message>
            <source>{user}: got back its password of the time of the backup</source>
            <translation>{user}：已恢复备份时的密码</translation>
        </message>
        <message>
            <source>{user}: comes back (it exists only in the backup)</source>
            <translation>{user}：将恢复（仅存在于备份中）</translation>
        </message>
        <message>
            <source>{user}: disappears (it was created after the backup)</source>
            <translation>{user}：将消失（在备份之后创建）</translation>
        </message>
        <message>
            <source>{user}: becomes active again (it is disabled now)</source>
            <translation>{user}：将重新启用（目前已停用）</translation>
        </message>
        <message>
            <source>{user}: is disabled again (it is active now)</source>
            <translation>{user}：将重新停用（目前为启用）</translation>
        </message>
        <message>
            <source>{user}: gets its former role back</source>
            <translation>{user}：将恢复原来的角色</translation>
        </message>
        <message>
            <source>{user}: gets back its password of the time of the backup</source>
            <translation>{user}：将恢复备份时的密码</translation>
        </message>
    </context>
    <context>
        <name>BatchDialog</name>
        <message>
            <source>Letters due for a month</source>
            <translation>按月批量出具文书</translation>
        </message>
        <message>
            <source>One PDF file per letter</source>
            <translation>每份文书一个 PDF 文件</translation>
        </message>
        <message>
            <source>One PDF with every letter</source>
            <translation>全部文书合并为一个 PDF</translation>
        </message>
        <message>
            <source>A blank page after each letter with an odd number of pages</source>
            <translation>页数为单数的文书后加一张空白页（双面打印时每份文书另起一张）</translation>
        </message>
        <message>
            <source>The center's language</source>
            <translation>中心默认语言</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>输出方式</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>Issue letters</source>
            <translation>出具文书</translation>
        </message>
        <message>
            <source>Folder for the letters</source>
            <translation>文书保存文件夹</translation>
        </message>
        <message numerus="yes">
            <source>%n letter(s) due.</source>
            <translation>
                <numerusform>本月应出具 %n 份文书。</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose the folder for the letters first.</source>
            <translation>请先选择文书保存的文件夹。</translation>
        </message>
        <message>
            <source>Issuing letters…</source>
            <translation>正在出具文书…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Issued %1 of %2 letters…</source>
            <translation>已出具 %1 / %2 份文书…</translation>
        </message>
        <message numerus="yes">
            <source>%n letter(s) issued.</source>
            <translation>
                <numerusform>已出具 %n 份文书。</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled: the letters not yet issued are still due.</source>
            <translation>已取消：尚未出具的文书仍为待出具。</translation>
        </message>
    </context>
    <context>
        <name>CaseForm</name>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source> h</source>
            <translation> 小时</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
    </context>
    <context>
        <name>CaseList</name>
        <message>
            <source>Right-click a column title to choose the columns shown.</source>
            <translation>右键单击列标题，可选择显示哪些列。</translation>
        </message>
        <message>
            <source>Hours (or sessions) done, against what the order requires</source>
            <translation>已完成时长（或次数）/ 指导令要求</translation>
        </message>
        <message>
            <source>Case no.</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <source>Minor</source>
            <translation>未成年人</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>年龄</translation>
        </message>
        <message>
            <source>Guardianship</source>
            <translation>监护状况</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>指导师</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>指导令</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>完成期限</translation>
        </message>
        <message>
            <source>Done / required</source>
            <translation>完成/要求</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>下次指导</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>风险</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>The order's deadline ({date}) has passed with hours still missing.</source>
            <translation>指导令期限（{date}）已过，时长仍未完成。</translation>
        </message>
        <message>
            <source>A session was due on {date}.</source>
            <translation>应于 {date} 进行指导。</translation>
        </message>
        <message>
            <source>The plan's review is overdue.</source>
            <translation>指导计划已过评估日期。</translation>
        </message>
    </context>
    <context>
        <name>CaseListView</name>
        <message>
            <source>New case…</source>
            <translation>新建案件…</translation>
        </message>
        <message>
            <source>Register a minor and open a case (Ctrl+N)</source>
            <translation>登记未成年人并建立案件（Ctrl+N）</translation>
        </message>
        <message numerus="yes">
            <source>More than %n cases match: type more to narrow the search</source>
            <translation>
                <numerusform>超过 %n 个案件符合：请继续输入以缩小范围</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>共 %n 个案件</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaseWorkspace</name>
        <message>
            <source>Sealed record</source>
            <translation>已封存</translation>
        </message>
        <message>
            <source>A sealed criminal record: the identity is shown only to those entitled, and every opening is recorded with its reason.</source>
            <translation>犯罪记录已封存：身份信息仅向有权人员显示，每次查阅都会连同理由一并记录。</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Show what others saved meanwhile (F5)</source>
            <translation>显示他人在此期间保存的内容（F5）</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Issue a letter, report or the plan for this case as a PDF (Ctrl+P)</source>
            <translation>为本案件出具告知书、反馈函或指导计划书 PDF（Ctrl+P）</translation>
        </message>
        <message>
            <source>Transfer…</source>
            <translation>移交…</translation>
        </message>
        <message>
            <source>Transfer to another center: the case and its history in one encrypted file</source>
            <translation>移交其他中心：将案件及其全部记录写入一个加密文件</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>基本信息</translation>
        </message>
        <message>
            <source>Referral and order</source>
            <translation>来源与指导令</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>指导计划</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>指导记录</translation>
        </message>
        <message>
            <source>Mandatory reports</source>
            <translation>强制报告</translation>
        </message>
        <message>
            <source>History</source>
            <translation>变更记录</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s) old</source>
            <translation>
                <numerusform>%n 岁</numerusform>
            </translation>
        </message>
        <message>
            <source>Risk: %1</source>
            <translation>风险：%1</translation>
        </message>
        <message>
            <source>Counselor: %1</source>
            <translation>指导师：%1</translation>
        </message>
        <message>
            <source>Transferred from %1 (their case %2) on %3</source>
            <translation>%3 自%1移交（原案号 %2）</translation>
        </message>
        <message>
            <source>Sessions (%1)</source>
            <translation>指导记录（%1）</translation>
        </message>
    </context>
    <context>
        <name>CasesArea</name>
        <message>
            <source>Case list</source>
            <translation>案件列表</translation>
        </message>
        <message>
            <source>Open case</source>
            <translation>打开案件</translation>
        </message>
        <message>
            <source>Sealed record</source>
            <translation>封存记录</translation>
        </message>
        <message>
            <source>This record is sealed. State why you need to open it; the reason is kept in the audit trail.</source>
            <translation>此记录已封存。请说明查阅理由；理由将记入审计日志。</translation>
        </message>
        <message>
            <source>A reason is needed.</source>
            <translation>必须填写理由。</translation>
        </message>
        <message>
            <source>Case {id}</source>
            <translation>案件 {id}</translation>
        </message>
    </context>
    <context>
        <name>Categories</name>
        <message>
            <source>Guardianship situation</source>
            <translation>监护状况</translation>
        </message>
        <message>
            <source>Living with</source>
            <translation>共同生活人</translation>
        </message>
        <message>
            <source>Involvement in a case</source>
            <translation>涉案情况</translation>
        </message>
        <message>
            <source>Referral source</source>
            <translation>案件来源</translation>
        </message>
        <message>
            <source>Goal domain</source>
            <translation>目标领域</translation>
        </message>
        <message>
            <source>Guardian's relation</source>
            <translation>监护人关系</translation>
        </message>
    </context>
    <context>
        <name>CategoriesPage</name>
        <message>
            <source>Which list</source>
            <translation>要编辑的清单</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>中文名称</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英文名称</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Offer this entry for new records</source>
            <translation>新记录可选用此项</translation>
        </message>
        <message>
            <source>New entry</source>
            <translation>新增条目</translation>
        </message>
        <message>
            <source>Save entry</source>
            <translation>保存条目</translation>
        </message>
        <message>
            <source>Entries are never deleted, because older records use them: clear “Offer this entry” to retire one.</source>
            <translation>条目不会被删除，因为已有记录在使用：取消勾选“新记录可选用此项”即可停用。</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>已停用</translation>
        </message>
    </context>
    <context>
        <name>CenterPage</name>
        <message>
            <source>Printed on every letter; letters need it</source>
            <translation>印在每份文书上；未填写时无法打印文书</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>Choose picture…</source>
            <translation>选择图片…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Center name</source>
            <translation>中心名称</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>邮政编码</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>标志</translation>
        </message>
        <message>
            <source>Letter reference prefix</source>
            <translation>文书编号前缀</translation>
        </message>
        <message>
            <source>Language of letters</source>
            <translation>文书语言</translation>
        </message>
        <message>
            <source>Lock the screen after</source>
            <translation>闲置锁屏时间</translation>
        </message>
        <message>
            <source>Automatic backups kept</source>
            <translation>自动备份保留份数</translation>
        </message>
        <message>
            <source>Letters are numbered like 家指〔2026〕12号 with this prefix.</source>
            <translation>文书将以此前缀编号，例如 家指〔2026〕12号。</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>保存设置</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>无标志</translation>
        </message>
        <message>
            <source>Choose the center's logo</source>
            <translation>选择中心标志</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
            <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
        </message>
        <message>
            <source>This picture cannot be read.</source>
            <translation>无法读取此图片。</translation>
        </message>
        <message>
            <source>Not saved: please correct the marked fields.</source>
            <translation>未保存：请更正标出的字段。</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>已保存。</translation>
        </message>
        <message>
            <source>Settings changed</source>
            <translation>设置已被修改</translation>
        </message>
        <message>
            <source>Save mine over theirs</source>
            <translation>以我的设置覆盖</translation>
        </message>
        <message>
            <source>Show theirs</source>
            <translation>查看对方的设置</translation>
        </message>
        <message>
            <source>Showing the settings saved by someone else.</source>
            <translation>当前显示的是他人保存的设置。</translation>
        </message>
    </context>
    <context>
        <name>CloseCaseDialog</name>
        <message>
            <source>Close case %1</source>
            <translation>结案 %1</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Record consent</source>
            <translation>登记同意书</translation>
        </message>
        <message>
            <source>e.g. guidance sessions and home visits</source>
            <translation>例如：指导面谈和家访</translation>
        </message>
    </context>
    <context>
        <name>ConsentPart</name>
        <message>
            <source>A guardian has given consent to guidance</source>
            <translation>监护人已同意接受指导</translation>
        </message>
        <message>
            <source>e.g. guidance sessions and home visits</source>
            <translation>例如：指导面谈和家访</translation>
        </message>
        <message>
            <source>A child under 14 needs a guardian's consent before guidance begins; it can also be recorded later on the profile.</source>
            <translation>未满14周岁的未成年人在指导开始前须取得监护人同意；也可以之后在基本信息页补录。</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>Sessions held per month (last 12 months)</source>
            <translation>每月指导次数（近 12 个月）</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>指导次数</translation>
        </message>
        <message>
            <source>Open cases by guardianship situation</source>
            <translation>在办案件的监护状况分布</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>在办案件</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>My caseload</source>
            <translation>我的案件</translation>
        </message>
        <message>
            <source>Whole center</source>
            <translation>全中心</translation>
        </message>
        <message>
            <source>New case…</source>
            <translation>新建案件…</translation>
        </message>
        <message>
            <source>Register a minor and open a case (Ctrl+N)</source>
            <translation>登记未成年人并建立案件（Ctrl+N）</translation>
        </message>
        <message>
            <source>Due on</source>
            <translation>应指导日期</translation>
        </message>
        <message>
            <source>No case is due for a session this week.</source>
            <translation>本周没有应指导的案件。</translation>
        </message>
        <message>
            <source>Review was due</source>
            <translation>应评估日期</translation>
        </message>
        <message>
            <source>No plan review is overdue.</source>
            <translation>没有逾期未评估的计划。</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>完成期限</translation>
        </message>
        <message>
            <source>Done / required</source>
            <translation>完成/要求</translation>
        </message>
        <message>
            <source>No order is near its deadline with hours missing.</source>
            <translation>没有临近期限而时长未完成的指导令。</translation>
        </message>
        <message>
            <source>Missed on</source>
            <translation>缺席日期</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>No missed session is waiting for a follow-up.</source>
            <translation>没有待跟进的缺席。</translation>
        </message>
        <message numerus="yes">
            <source>Sessions due this week (%n)</source>
            <translation>
                <numerusform>本周应指导（%n）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Plan reviews overdue (%n)</source>
            <translation>
                <numerusform>计划评估逾期（%n）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Orders near their deadline, hours missing (%n)</source>
            <translation>
                <numerusform>指导令临近期限、时长未完成（%n）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No-shows awaiting follow-up (%n)</source>
            <translation>
                <numerusform>缺席待跟进（%n）</numerusform>
            </translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>Loading the dashboard…</source>
            <translation>正在载入工作台…</translation>
        </message>
        <message numerus="yes">
            <source>Plans awaiting your approval (%n)</source>
            <translation>
                <numerusform>待我审批的计划（%n）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Decisions on your plans (%n)</source>
            <translation>
                <numerusform>我的计划审批结果（%n）</numerusform>
            </translation>
        </message>
        <message>
            <source>The dashboard could not be loaded: %1</source>
            <translation>工作台未能载入：%1</translation>
        </message>
        <message numerus="yes">
            <source>%n open case(s) in the center</source>
            <translation>
                <numerusform>全中心在办案件 %n 个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open case(s) in your caseload</source>
            <translation>
                <numerusform>我的在办案件 %n 个</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>no date</source>
            <translation>未填日期</translation>
        </message>
        <message>
            <source>Type a date such as 2027-03-04, 2027/3/4, 2027年3月4日 or 20270304; Up/Down change it by a day.</source>
            <translation>输入日期，如 2027-03-04、2027/3/4、2027年3月4日 或 20270304；上/下方向键按天调整。</translation>
        </message>
        <message>
            <source>Choose from a calendar (Alt+Down)</source>
            <translation>从日历中选择（Alt+Down）</translation>
        </message>
        <message>
            <source>Open the calendar</source>
            <translation>打开日历</translation>
        </message>
        <message>
            <source>No date (Ctrl+Delete)</source>
            <translation>清除日期（Ctrl+Delete）</translation>
        </message>
        <message>
            <source>Clear the date</source>
            <translation>清除日期</translation>
        </message>
        <message>
            <source>yyyy-mm-dd hh:mm</source>
            <translation>年-月-日 时:分</translation>
        </message>
        <message>
            <source>yyyy-mm-dd</source>
            <translation>年-月-日</translation>
        </message>
        <message>
            <source>This date is required.</source>
            <translation>此日期为必填项。</translation>
        </message>
        <message>
            <source>“%1” is not a date: type it as 2027-03-04, 2027/3/4, 2027年3月4日 or 20270304.</source>
            <translation>“%1”不是日期：请按 2027-03-04、2027/3/4、2027年3月4日 或 20270304 的格式输入。</translation>
        </message>
        <message>
            <source>Please type the date as well.</source>
            <translation>请同时输入日期。</translation>
        </message>
        <message>
            <source>%1 is outside this field's range (%2 to %3).</source>
            <translation>%1 超出本栏可填范围（%2 至 %3）。</translation>
        </message>
    </context>
    <context>
        <name>DocumentDialog</name>
        <message>
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>出具</translation>
        </message>
        <message>
            <source>The draft of the document appears here as soon as it is ready. After changing the fields, press Preview to see it again.</source>
            <translation>文书草稿准备好后显示在这里。修改左侧内容后，请按“预览”重新查看。</translation>
        </message>
        <message>
            <source>Preparing the draft…</source>
            <translation>正在生成草稿…</translation>
        </message>
        <message>
            <source>No draft: the message on the left says why. Correct the fields and press Preview.</source>
            <translation>未能生成草稿，原因见左侧提示。请修改后按“预览”。</translation>
        </message>
    </context>
    <context>
        <name>DraftKeeper</name>
        <message>
            <source>Unsaved draft found</source>
            <translation>发现未保存的草稿</translation>
        </message>
        <message>
            <source>There is an unsaved draft of this form from %1, probably left by a crash or a power cut. Restore it?</source>
            <translation>发现此表单 %1 的未保存草稿，可能是程序意外退出或停电时留下的。要恢复吗？</translation>
        </message>
    </context>
    <context>
        <name>DueList</name>
        <message>
            <source>Case no.</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <source>Minor</source>
            <translation>未成年人</translation>
        </message>
    </context>
    <context>
        <name>DuplicateDialog</name>
        <message>
            <source>This child may already be registered</source>
            <translation>该儿童可能已登记</translation>
        </message>
        <message>
            <source>Nothing has been saved yet. These registered minors look like the child you are registering. If one of them is this child, cancel and open their record instead.</source>
            <translation>尚未保存任何内容。以下已登记的未成年人与您正在登记的儿童相似。如果其中之一就是该儿童，请取消并打开其档案。</translation>
        </message>
        <message>
            <source>Same name and date of birth</source>
            <translation>姓名和出生日期相同</translation>
        </message>
        <message>
            <source>A guardian has the same phone number</source>
            <translation>监护人电话号码相同</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>Why it may be the same child</source>
            <translation>可能为同一儿童的原因</translation>
        </message>
        <message>
            <source>This is a different child: register</source>
            <translation>不是同一儿童，继续登记</translation>
        </message>
    </context>
    <context>
        <name>ErrorHook</name>
        <message>
            <source>Something went wrong</source>
            <translation>出现错误</translation>
        </message>
        <message>
            <source>You can go on working. If it happens again, send the log file to your administrator: {path}</source>
            <translation>您可以继续工作。如果再次出现，请将日志文件发送给管理员：{path}</translation>
        </message>
    </context>
    <context>
        <name>ExportPasswordDialog</name>
        <message>
            <source>Protect the export</source>
            <translation>为导出文件加密</translation>
        </message>
        <message>
            <source>The audit trail holds personal data: the file is encrypted with this password.</source>
            <translation>审计日志包含个人信息：导出文件将用此密码加密。</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>Again:</source>
            <translation>再次输入：</translation>
        </message>
        <message>
            <source>The two entries differ.</source>
            <translation>两次输入不一致。</translation>
        </message>
    </context>
    <context>
        <name>FieldSet</name>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>年龄</translation>
        </message>
        <message>
            <source>Resident ID number</source>
            <translation>身份证号码</translation>
        </message>
        <message>
            <source>School</source>
            <translation>学校</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>年级</translation>
        </message>
        <message>
            <source>Registered address</source>
            <translation>户籍地址</translation>
        </message>
        <message>
            <source>Current address</source>
            <translation>现住址</translation>
        </message>
        <message>
            <source>Guardianship situation</source>
            <translation>监护状况</translation>
        </message>
        <message>
            <source>Living with</source>
            <translation>共同生活人</translation>
        </message>
        <message>
            <source>Involvement</source>
            <translation>涉案情况</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>风险等级</translation>
        </message>
        <message>
            <source>Reason for the risk</source>
            <translation>风险原因</translation>
        </message>
        <message>
            <source>Sealed record</source>
            <translation>记录封存</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>关系</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Lives with the minor</source>
            <translation>与未成年人同住</translation>
        </message>
        <message>
            <source>Works where</source>
            <translation>工作地</translation>
        </message>
        <message>
            <source>Primary contact</source>
            <translation>主要联系人</translation>
        </message>
        <message>
            <source>Named in the order</source>
            <translation>指导令对象</translation>
        </message>
        <message>
            <source>Referral source</source>
            <translation>案件来源</translation>
        </message>
        <message>
            <source>Referring authority</source>
            <translation>转介机关</translation>
        </message>
        <message>
            <source>Order type</source>
            <translation>指导令类型</translation>
        </message>
        <message>
            <source>Document number</source>
            <translation>文书编号</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>签发日期</translation>
        </message>
        <message>
            <source>Hours required</source>
            <translation>要求时长</translation>
        </message>
        <message>
            <source>Sessions required</source>
            <translation>要求次数</translation>
        </message>
        <message>
            <source>Due by</source>
            <translation>完成期限</translation>
        </message>
        <message>
            <source>Feedback to</source>
            <translation>反馈对象</translation>
        </message>
        <message>
            <source>Feedback every (days)</source>
            <translation>反馈周期（天）</translation>
        </message>
        <message>
            <source>Session every (days)</source>
            <translation>指导间隔（天）</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>立案日期</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>指导师</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结案原因</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>结案日期</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Needs found at intake</source>
            <translation>接案评估需求</translation>
        </message>
        <message>
            <source>Interventions</source>
            <translation>干预措施</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>指导频次</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <source>End</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>评估日期</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>领域</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>目标</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>目标日期</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>进展</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>日期时间</translation>
        </message>
        <message>
            <source>Duration (minutes)</source>
            <translation>时长（分钟）</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>出席情况</translation>
        </message>
        <message>
            <source>The minor attended</source>
            <translation>未成年人出席</translation>
        </message>
        <message>
            <source>Who came</source>
            <translation>出席人员</translation>
        </message>
        <message>
            <source>Goals worked on</source>
            <translation>本次涉及的目标</translation>
        </message>
        <message>
            <source>Private notes</source>
            <translation>内部记录</translation>
        </message>
        <message>
            <source>Summary for the family</source>
            <translation>给家庭的小结</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>下一步安排</translation>
        </message>
        <message>
            <source>Next appointment</source>
            <translation>下次预约</translation>
        </message>
        <message>
            <source>Followed up</source>
            <translation>已跟进</translation>
        </message>
        <message>
            <source>Reported on</source>
            <translation>报告日期</translation>
        </message>
        <message>
            <source>Suspected harm</source>
            <translation>疑似侵害情况</translation>
        </message>
        <message>
            <source>Police station</source>
            <translation>受理派出所</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <translation>受案回执号</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>后续跟进</translation>
        </message>
        <message>
            <source>Given by</source>
            <translation>同意人</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>同意日期</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>同意范围</translation>
        </message>
        <message>
            <source>Withdrawn on</source>
            <translation>撤回日期</translation>
        </message>
        <message>
            <source>Reason for withdrawal</source>
            <translation>撤回原因</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已结案</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>重新开案</translation>
        </message>
        <message>
            <source>Reason for opening a sealed record</source>
            <translation>查阅封存记录的理由</translation>
        </message>
        <message>
            <source>Receiving center</source>
            <translation>接收中心</translation>
        </message>
        <message>
            <source>Sending center</source>
            <translation>移出中心</translation>
        </message>
        <message>
            <source>Their case number</source>
            <translation>原案件编号</translation>
        </message>
        <message>
            <source>File checksum (SHA-256)</source>
            <translation>文件校验值（SHA-256）</translation>
        </message>
        <message>
            <source>File size (bytes)</source>
            <translation>文件大小（字节）</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>指导记录</translation>
        </message>
        <message>
            <source>Plan revisions</source>
            <translation>指导计划版本</translation>
        </message>
        <message>
            <source>Mandatory reports</source>
            <translation>强制报告</translation>
        </message>
        <message>
            <source>Issued letters</source>
            <translation>已出具文书</translation>
        </message>
        <message>
            <source>Part of a transfer</source>
            <translation>属于案件移交</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search: name, pinyin (zxm), case no., ID no., phone</source>
            <translation>搜索：姓名、拼音（zxm）、案件编号、身份证号、电话</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Any counselor</source>
            <translation>全部指导师</translation>
        </message>
        <message>
            <source>Any risk</source>
            <translation>全部风险等级</translation>
        </message>
        <message>
            <source>Any guardianship situation</source>
            <translation>全部监护状况</translation>
        </message>
        <message>
            <source>Any order</source>
            <translation>全部指导令类型</translation>
        </message>
        <message>
            <source>Any plan status</source>
            <translation>全部计划状态</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>仅看逾期</translation>
        </message>
        <message>
            <source>Search cases</source>
            <translation>搜索案件</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>按状态筛选</translation>
        </message>
        <message>
            <source>Filter by counselor</source>
            <translation>按指导师筛选</translation>
        </message>
        <message>
            <source>Filter by risk</source>
            <translation>按风险筛选</translation>
        </message>
        <message>
            <source>Filter by guardianship situation</source>
            <translation>按监护状况筛选</translation>
        </message>
        <message>
            <source>Filter by order</source>
            <translation>按指导令筛选</translation>
        </message>
        <message>
            <source>Filter by plan status</source>
            <translation>按计划状态筛选</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>{done} / {required} h</source>
            <translation>{done} / {required} 小时</translation>
        </message>
        <message>
            <source>{done} h</source>
            <translation>{done} 小时</translation>
        </message>
    </context>
    <context>
        <name>GoalsModel</name>
        <message>
            <source>Goal %1, %2: %3</source>
            <translation>目标 %1，%2：%3</translation>
        </message>
    </context>
    <context>
        <name>GuardianDialog</name>
        <message>
            <source>Edit guardian</source>
            <translation>编辑监护人</translation>
        </message>
        <message>
            <source>Add guardian</source>
            <translation>添加监护人</translation>
        </message>
    </context>
    <context>
        <name>GuardianForm</name>
        <message>
            <source>mobile or 0851-12345678</source>
            <translation>手机号或 0851-12345678</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Remove this guardian from the form</source>
            <translation>从表单中移除此监护人</translation>
        </message>
    </context>
    <context>
        <name>GuardianRows</name>
        <message>
            <source>Add guardian</source>
            <translation>添加监护人</translation>
        </message>
        <message>
            <source>Remove guardian</source>
            <translation>移除监护人</translation>
        </message>
        <message>
            <source>Remove this guardian and what was typed for them?</source>
            <translation>移除此监护人及已填写的内容吗？</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>User guide — familyedu</source>
            <translation>使用手册 — familyedu</translation>
        </message>
        <message>
            <source>User guide (F1)</source>
            <translation>使用手册（F1）</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>(sealed, kept encrypted)</source>
            <translation>（已封存，加密保存）</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Goals rated: %1</source>
            <translation>评分目标：%1 个</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>What</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>变更内容</translation>
        </message>
        <message>
            <source>Every change to this case, newest first. Private session notes are never copied here.</source>
            <translation>本案件的所有变更，最新的在前。内部记录的内容不会出现在这里。</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Guardian's name</source>
            <translation>监护人姓名</translation>
        </message>
        <message>
            <source>Guardian's relation</source>
            <translation>监护人关系</translation>
        </message>
        <message>
            <source>Guardian's phone</source>
            <translation>监护人电话</translation>
        </message>
        <message>
            <source>Case number in the register</source>
            <translation>台账中的案件编号</translation>
        </message>
        <message>
            <source>Import a register</source>
            <translation>导入台账</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; 上一步(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>下一步(&amp;N) &gt;</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Choose the center's register (.xlsx, or .csv as Excel or WPS saves it). Nothing is written until you have seen the check of every row.</source>
            <translation>请选择中心的台账文件（.xlsx，或 Excel/WPS 保存的 .csv）。在您看过逐行检查结果之前，不会写入任何数据。</translation>
        </message>
        <message>
            <source>Choose &amp;file…</source>
            <translation>选择文件(&amp;F)…</translation>
        </message>
        <message>
            <source>Automatic (from the column headers)</source>
            <translation>自动（根据表头识别）</translation>
        </message>
        <message>
            <source>&amp;Load a mapping (MAP.json)…</source>
            <translation>载入对应关系(MAP.json)(&amp;L)…</translation>
        </message>
        <message>
            <source>Register file:</source>
            <translation>台账文件：</translation>
        </message>
        <message>
            <source>Cases go to:</source>
            <translation>案件分配给：</translation>
        </message>
        <message>
            <source>Column mapping:</source>
            <translation>列对应关系：</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>文件中的列</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>首个值</translation>
        </message>
        <message>
            <source>Means</source>
            <translation>对应字段</translation>
        </message>
        <message>
            <source>Values not in the center's lists: choose the entry each one means (or add the entry in Administration → Lists first).</source>
            <translation>以下取值不在本中心的分类列表中：请为每个值选择对应的条目（或先在“管理 → 列表”中添加该条目）。</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>台账</translation>
        </message>
        <message>
            <source>Columns recognised by their headers:</source>
            <translation>按表头自动识别的列：</translation>
        </message>
        <message>
            <source>Headers recognised</source>
            <translation>可识别的表头</translation>
        </message>
        <message>
            <source>Past sessions</source>
            <translation>既往指导记录</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Value in the file</source>
            <translation>文件中的值</translation>
        </message>
        <message>
            <source>Entry of the list</source>
            <translation>列表条目</translation>
        </message>
        <message>
            <source>&amp;Save the mapping as MAP.json…</source>
            <translation>将对应关系另存为 MAP.json(&amp;S)…</translation>
        </message>
        <message>
            <source>Save the report as &amp;CSV…</source>
            <translation>将检查报告另存为 CSV(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Undo this import</source>
            <translation>撤销本次导入(&amp;U)</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Import %n new case(s)</source>
            <translation>
                <numerusform>导入 %n 个新案件(&amp;I)</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>正在逐行检查…</translation>
        </message>
        <message>
            <source>Choose the register</source>
            <translation>选择台账</translation>
        </message>
        <message>
            <source>Registers (*.xlsx *.csv);;All files (*)</source>
            <translation>台账 (*.xlsx *.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Load a mapping</source>
            <translation>载入对应关系</translation>
        </message>
        <message>
            <source>Mappings (*.json)</source>
            <translation>对应关系 (*.json)</translation>
        </message>
        <message>
            <source>No header row with known columns (such as 姓名 or 身份证号) was found in this file. Check that it is the register.</source>
            <translation>此文件中未找到含可识别列名（如 姓名、身份证号）的表头行。请确认这是台账文件。</translation>
        </message>
        <message>
            <source>Sheet “{sheet}”, header in row {row}. Check what each column means; columns set to “(not imported)” are left out.</source>
            <translation>工作表“{sheet}”，表头在第 {row} 行。请核对每一列的含义；设为“（不导入）”的列将被忽略。</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>（不导入）</translation>
        </message>
        <message>
            <source>Past sessions (sheet “{sheet}”)</source>
            <translation>既往指导记录（工作表“{sheet}”）</translation>
        </message>
        <message>
            <source>Each past session is tied to its case by the case number in the register or by the ID number, and needs its date. Some of these columns were not recognised: choose which column holds the date and which the case number or ID number, or these sessions are not imported.</source>
            <translation>每条既往指导记录按台账中的案件编号或身份证号对应到案件，并且需要有日期。部分列未能识别：请指定哪一列是日期、哪一列是案件编号或身份证号，否则这些指导记录不会导入。</translation>
        </message>
        <message>
            <source>Each past session is tied to its case by the case number in the register or by the ID number, and needs its date.</source>
            <translation>每条既往指导记录按台账中的案件编号或身份证号对应到案件，并且需要有日期。</translation>
        </message>
        <message>
            <source>(leave as an error)</source>
            <translation>（保留为错误）</translation>
        </message>
        <message>
            <source>Add “{value}” to the list</source>
            <translation>将“{value}”添加到列表</translation>
        </message>
        <message>
            <source>Save the mapping</source>
            <translation>保存对应关系</translation>
        </message>
        <message>
            <source>Past sessions on sheet “{sheet}”: {new} to import, {errors} with errors.</source>
            <translation>工作表“{sheet}”中的既往指导记录：{new} 条将导入，{errors} 条有错误。</translation>
        </message>
        <message>
            <source>The past sessions on sheet “{sheet}” were not read: go back and choose its date column and its case number or ID number column.</source>
            <translation>工作表“{sheet}”中的既往指导记录未读取：请返回上一步，指定其日期列以及案件编号或身份证号列。</translation>
        </message>
        <message>
            <source>Dry run of {file}: {new} new, {duplicates} already registered, {errors} with errors (not imported). Nothing has been written yet.</source>
            <translation>{file} 试导入结果：新增 {new} 条，已登记 {duplicates} 条，有错误 {errors} 条（不导入）。尚未写入任何数据。</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>保存检查报告</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <source>The first new case is {number}.</source>
            <translation>第一个新案件编号为 {number}。</translation>
        </message>
        <message>
            <source>Imported {new} new case(s) with {sessions} past session(s); {duplicates} already registered and {errors} with errors were left out. {first}

The import can be undone as a whole until one of its cases is changed.</source>
            <translation>已导入 {new} 个新案件及 {sessions} 条既往指导记录；已登记的 {duplicates} 条和有错误的 {errors} 条未导入。{first}

在其中任一案件被修改之前，可整体撤销本次导入。</translation>
        </message>
        <message numerus="yes">
            <source>Remove the %n case(s) this import added?</source>
            <translation>
                <numerusform>删除本次导入新增的 %n 个案件？</numerusform>
            </translation>
        </message>
        <message>
            <source>Undoing the import…</source>
            <translation>正在撤销导入…</translation>
        </message>
        <message numerus="yes">
            <source>The import was undone: %n case(s) removed.</source>
            <translation>
                <numerusform>已撤销导入：删除了 %n 个案件。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <source>New</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>重复</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Duplicate of</source>
            <translation>重复于</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>a child you cannot see: ask your supervisor</source>
            <translation>您无权查看的未成年人：请询问督导</translation>
        </message>
        <message>
            <source>row {number} of this file</source>
            <translation>本文件第 {number} 行</translation>
        </message>
    </context>
    <context>
        <name>IssueLetterDialog</name>
        <message>
            <source>Issue a letter</source>
            <translation>出具文书</translation>
        </message>
        <message>
            <source>As recorded in the case</source>
            <translation>按案件登记信息</translation>
        </message>
        <message>
            <source>Automatic (a reminder first)</source>
            <translation>自动（先发提醒）</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>督促履行</translation>
        </message>
        <message>
            <source>Non-compliance</source>
            <translation>未履行通知</translation>
        </message>
        <message>
            <source>The counselor's assessment, for the referring authority</source>
            <translation>指导师的评估意见（供转介机关参阅）</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文书</translation>
        </message>
        <message>
            <source>From</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>To</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>通知类型</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>评估意见</translation>
        </message>
        <message>
            <source>Issue again?</source>
            <translation>重新出具？</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Counselor</source>
            <translation>指导师</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>督导</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>女</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>在办</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已结案</translation>
        </message>
        <message>
            <source>No order</source>
            <translation>无指导令</translation>
        </message>
        <message>
            <source>Family education guidance order</source>
            <translation>家庭教育指导令</translation>
        </message>
        <message>
            <source>Guardianship supervision order</source>
            <translation>督促监护令</translation>
        </message>
        <message>
            <source>Other order</source>
            <translation>其他文书</translation>
        </message>
        <message>
            <source>Order fulfilled</source>
            <translation>指导令已履行</translation>
        </message>
        <message>
            <source>Goals achieved</source>
            <translation>目标已达成</translation>
        </message>
        <message>
            <source>Non-compliance</source>
            <translation>未履行</translation>
        </message>
        <message>
            <source>Transferred</source>
            <translation>已转介</translation>
        </message>
        <message>
            <source>Moved away</source>
            <translation>已迁离</translation>
        </message>
        <message>
            <source>Reached 18</source>
            <translation>已满 18 周岁</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Awaiting approval</source>
            <translation>待审批</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>执行中</translation>
        </message>
        <message>
            <source>Under review</source>
            <translation>评估中</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Superseded</source>
            <translation>已被替代</translation>
        </message>
        <message>
            <source>At the center</source>
            <translation>中心面谈</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation>家访</translation>
        </message>
        <message>
            <source>School visit</source>
            <translation>校访</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>视频</translation>
        </message>
        <message>
            <source>Parenting class</source>
            <translation>家长课堂</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>已出席</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>缺席</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Rescheduled</source>
            <translation>已改期</translation>
        </message>
        <message>
            <source>Progress letter to guardians</source>
            <translation>指导情况告知书</translation>
        </message>
        <message>
            <source>Report to the authority</source>
            <translation>指导情况反馈函</translation>
        </message>
        <message>
            <source>Guidance plan</source>
            <translation>家庭教育指导计划书</translation>
        </message>
        <message>
            <source>Completion report</source>
            <translation>结案报告</translation>
        </message>
        <message>
            <source>Reminder notice</source>
            <translation>督促履行通知书</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>统计报表</translation>
        </message>
        <message>
            <source>0 – not started</source>
            <translation>0 – 未开始</translation>
        </message>
        <message>
            <source>1 – beginning</source>
            <translation>1 – 起步</translation>
        </message>
        <message>
            <source>2 – some progress</source>
            <translation>2 – 有所进展</translation>
        </message>
        <message>
            <source>3 – good progress</source>
            <translation>3 – 进展良好</translation>
        </message>
        <message>
            <source>4 – achieved</source>
            <translation>4 – 已达成</translation>
        </message>
    </context>
    <context>
        <name>LetterErrors</name>
        <message>
            <source>the minor's name</source>
            <translation>未成年人姓名</translation>
        </message>
        <message>
            <source>a guardian's name</source>
            <translation>监护人姓名</translation>
        </message>
        <message>
            <source>the recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <source>the referring authority</source>
            <translation>转介机关</translation>
        </message>
        <message>
            <source>the reference prefix (center settings)</source>
            <translation>文书编号前缀（中心设置）</translation>
        </message>
        <message>
            <source>the center's name</source>
            <translation>中心名称</translation>
        </message>
        <message>
            <source>the center's address</source>
            <translation>中心地址</translation>
        </message>
        <message>
            <source>the center's phone number</source>
            <translation>中心电话</translation>
        </message>
        <message>
            <source>the counselor's name</source>
            <translation>指导师姓名</translation>
        </message>
        <message>
            <source>the supervisor's name</source>
            <translation>督导姓名</translation>
        </message>
        <message>
            <source>a session's shared summary</source>
            <translation>指导记录中给家庭的小结</translation>
        </message>
        <message>
            <source>a session mode</source>
            <translation>指导方式</translation>
        </message>
        <message>
            <source>a session's next steps</source>
            <translation>指导记录中的下一步安排</translation>
        </message>
        <message>
            <source>a goal of the plan</source>
            <translation>指导计划的目标</translation>
        </message>
        <message>
            <source>a goal area (categories)</source>
            <translation>目标领域（分类列表）</translation>
        </message>
        <message>
            <source>the needs in the plan</source>
            <translation>指导计划中的需求</translation>
        </message>
        <message>
            <source>the interventions in the plan</source>
            <translation>指导计划中的干预措施</translation>
        </message>
        <message>
            <source>the frequency in the plan</source>
            <translation>指导计划中的指导频次</translation>
        </message>
        <message>
            <source>the assessment</source>
            <translation>评估意见</translation>
        </message>
        <message>
            <source>the closing note</source>
            <translation>结案说明</translation>
        </message>
        <message>
            <source>the order's document number</source>
            <translation>指导令文书编号</translation>
        </message>
        <message>
            <source>the order type</source>
            <translation>指导令类型</translation>
        </message>
        <message>
            <source>the closure outcome</source>
            <translation>结案原因</translation>
        </message>
        <message>
            <source>the letter's wording (%1)</source>
            <translation>文书措辞（%1）</translation>
        </message>
        <message>
            <source>a category name</source>
            <translation>分类名称</translation>
        </message>
        <message>
            <source>The character '%1' (%2) in %3 cannot be printed.</source>
            <translation>“%3”中的字符“%1”（%2）无法打印。</translation>
        </message>
        <message numerus="yes">
            <source>…and %n more character(s).</source>
            <translation>
                <numerusform>……另有 %n 个字符。</numerusform>
            </translation>
        </message>
        <message>
            <source>No font can draw it. Correct the text (or use a common variant of the character); nothing was issued.</source>
            <translation>没有可显示该字符的字体。请修改文字（或改用该字的常用写法）；文书未出具。</translation>
        </message>
        <message>
            <source>%1 %2 (issued on %3) already covers this period.</source>
            <translation>%1 %2（%3出具）已涵盖这一期间。</translation>
        </message>
        <message>
            <source>Issue a new one that supersedes %1?</source>
            <translation>是否出具一份新的文书以替代%1？</translation>
        </message>
        <message>
            <source>Nothing was issued.</source>
            <translation>未出具任何文书。</translation>
        </message>
        <message>
            <source>This letter cannot be reprinted identically: a font it was printed with is missing on this computer.</source>
            <translation>无法原样重印此文书：本机缺少打印时使用的字体。</translation>
        </message>
        <message>
            <source>This letter cannot be reprinted identically: the rebuilt document differs from the one issued.</source>
            <translation>无法原样重印此文书：重新生成的文档与已出具的不一致。</translation>
        </message>
    </context>
    <context>
        <name>LetterRegister</name>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256：%1</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>文书编号</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文书</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>案件</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>收件人</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>出具人</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>出具时间</translation>
        </message>
    </context>
    <context>
        <name>LettersView</name>
        <message>
            <source>Filter by kind of document</source>
            <translation>按文书种类筛选</translation>
        </message>
        <message>
            <source>All documents</source>
            <translation>全部文书</translation>
        </message>
        <message>
            <source>New letter…</source>
            <translation>新建文书…</translation>
        </message>
        <message>
            <source>Reprint</source>
            <translation>重印</translation>
        </message>
        <message>
            <source>Batch…</source>
            <translation>批量出具…</translation>
        </message>
        <message>
            <source>Statistics…</source>
            <translation>统计报表…</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>New letter</source>
            <translation>新建文书</translation>
        </message>
        <message>
            <source>Case number (e.g. 2026-0012):</source>
            <translation>案件编号（例如 2026-0012）：</translation>
        </message>
        <message>
            <source>Letters</source>
            <translation>文书</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>familyedu — family education guidance</source>
            <translation>familyedu — 家庭教育指导</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>工作台</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>案件</translation>
        </message>
        <message>
            <source>Letters</source>
            <translation>文书</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>系统管理</translation>
        </message>
        <message>
            <source>Database restored</source>
            <translation>数据库已恢复</translation>
        </message>
        <message>
            <source>The database was replaced by the backup. familyedu closes now; start it again and sign in.</source>
            <translation>数据库已由备份替换。familyedu 现在将关闭，请重新启动并登录。</translation>
        </message>
    </context>
    <context>
        <name>MinorForm</name>
        <message>
            <source>18 characters, optional</source>
            <translation>18 位，可不填</translation>
        </message>
        <message>
            <source>Region code %1 is not in the built-in list of districts (a new or renamed district?). If the number is copied correctly from the document, it is accepted as it is.</source>
            <translation>地区码 %1 不在内置的行政区划表中（可能是新设或更名的区县）。如号码确系照证件抄录无误，将按原样保存。</translation>
        </message>
    </context>
    <context>
        <name>MonthField</name>
        <message>
            <source>yyyy-mm</source>
            <translation>年-月</translation>
        </message>
        <message>
            <source>Type a month such as 2027-03, 2027/3, 2027年3月 or 202703; Up/Down change it by a month.</source>
            <translation>输入月份，如 2027-03、2027/3、2027年3月 或 202703；上下方向键逐月调整。</translation>
        </message>
        <message>
            <source>%1: “%2” is not a month: type it as 2027-03, 2027/3, 2027年3月 or 202703.</source>
            <translation>%1：“%2”不是月份，请写成 2027-03、2027/3、2027年3月 或 202703。</translation>
        </message>
        <message>
            <source>%1: there is no month %2; a month is 1 to 12.</source>
            <translation>%1：没有%2月，月份为 1 至 12。</translation>
        </message>
        <message>
            <source>%1: %2 is outside this field's range (%3 to %4).</source>
            <translation>%1：%2 超出本栏可填范围（%3 至 %4）。</translation>
        </message>
    </context>
    <context>
        <name>NewCaseDialog</name>
        <message>
            <source>New case</source>
            <translation>新建案件</translation>
        </message>
        <message>
            <source>The minor</source>
            <translation>未成年人</translation>
        </message>
        <message>
            <source>Guardians</source>
            <translation>监护人</translation>
        </message>
        <message>
            <source>Referral and order</source>
            <translation>来源与指导令</translation>
        </message>
        <message>
            <source>Register and open the case</source>
            <translation>登记并立案</translation>
        </message>
    </context>
    <context>
        <name>NewUserDialog</name>
        <message>
            <source>New account</source>
            <translation>新建账户</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>First password</source>
            <translation>初始密码</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>再次输入密码</translation>
        </message>
        <message>
            <source>The person is asked to choose their own password after signing in with this one.</source>
            <translation>该用户用此密码登录后，需要设置自己的密码。</translation>
        </message>
    </context>
    <context>
        <name>OrderTab</name>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>放弃修改</translation>
        </message>
        <message>
            <source>Hours done</source>
            <translation>已完成时长</translation>
        </message>
        <message>
            <source>Sessions attended</source>
            <translation>已出席次数</translation>
        </message>
        <message>
            <source>No-shows</source>
            <translation>缺席次数</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>出席率</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>完成期限</translation>
        </message>
        <message>
            <source>Next session due</source>
            <translation>下次指导应于</translation>
        </message>
        <message>
            <source>Next plan review</source>
            <translation>下次计划评估</translation>
        </message>
        <message>
            <source>Close case…</source>
            <translation>结案…</translation>
        </message>
        <message>
            <source>Reopen case</source>
            <translation>重新开案</translation>
        </message>
        <message>
            <source>Reassign to counselor</source>
            <translation>改派给指导师</translation>
        </message>
        <message>
            <source>Reassign</source>
            <translation>改派</translation>
        </message>
        <message>
            <source>Progress against the order</source>
            <translation>指导令完成进度</translation>
        </message>
        <message>
            <source>Referral and order</source>
            <translation>来源与指导令</translation>
        </message>
        <message>
            <source>The case</source>
            <translation>案件</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>指导师</translation>
        </message>
        <message>
            <source>No order: %1 done</source>
            <translation>无指导令：已完成 %1</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 小时</translation>
        </message>
        <message numerus="yes">
            <source>(%n day(s) left)</source>
            <translation>
                <numerusform>（剩余 %n 天）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n day(s) late)</source>
            <translation>
                <numerusform>（已逾期 %n 天）</numerusform>
            </translation>
        </message>
        <message>
            <source>Status: %1 · Counselor: %2</source>
            <translation>状态：%1 · 指导师：%2</translation>
        </message>
        <message>
            <source>Unseal record…</source>
            <translation>解除封存…</translation>
        </message>
        <message>
            <source>Seal record…</source>
            <translation>封存记录…</translation>
        </message>
        <message>
            <source>The order's deadline has passed and it is not fulfilled.</source>
            <translation>指导令已过期限，尚未履行完毕。</translation>
        </message>
        <message>
            <source>The order's deadline is near and hours are still missing.</source>
            <translation>指导令期限临近，仍有时长未完成。</translation>
        </message>
        <message>
            <source>At the pace so far the order cannot be finished by its deadline: plan more or longer sessions.</source>
            <translation>按目前进度无法在期限内完成指导令：请安排更多或更长的指导。</translation>
        </message>
        <message>
            <source>The plan's review is overdue.</source>
            <translation>指导计划已过评估日期。</translation>
        </message>
        <message>
            <source>Reopen case %1?</source>
            <translation>重新开启案件 %1 吗？</translation>
        </message>
        <message>
            <source>Seal record</source>
            <translation>封存记录</translation>
        </message>
        <message>
            <source>Sealing hides this child's record from counselors and keeps its identifying details encrypted for supervisors only.
Reason (for example the court's decision and its number):</source>
            <translation>封存后，指导师看不到该未成年人的记录，其身份信息加密保存，仅督导可读。
封存理由（例如法院的决定及文号）：</translation>
        </message>
        <message>
            <source>Unseal record</source>
            <translation>解除封存</translation>
        </message>
        <message>
            <source>Reason for unsealing:</source>
            <translation>解除封存的理由：</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>New password for {name}</source>
            <translation>为 {name} 设置新密码</translation>
        </message>
        <message>
            <source>Change my password</source>
            <translation>修改我的密码</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>当前密码</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <source>New password again</source>
            <translation>再次输入新密码</translation>
        </message>
    </context>
    <context>
        <name>PlanDecisionDialog</name>
        <message>
            <source>Approve the plan</source>
            <translation>批准计划</translation>
        </message>
        <message>
            <source>Revision %1, submitted %2, becomes the case's active plan. A comment for the counselor is optional.</source>
            <translation>第 %1 版（%2 提交）将成为本案件的生效计划。可给指导师留言（选填）。</translation>
        </message>
        <message>
            <source>Return the plan</source>
            <translation>退回计划</translation>
        </message>
        <message>
            <source>Revision %1, submitted %2, goes back to the counselor as a draft. Say what should change: the counselor reads this.</source>
            <translation>第 %1 版（%2 提交）将退回指导师，重新成为草稿。请写明需要修改的地方，指导师会看到。</translation>
        </message>
        <message>
            <source>e.g. well-measured goals; agreed</source>
            <translation>例如：目标具体可衡量，同意</translation>
        </message>
        <message>
            <source>e.g. the schooling goal needs a way to measure it</source>
            <translation>例如：上学目标需要补充衡量方式</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>意见</translation>
        </message>
        <message>
            <source>Reason for return</source>
            <translation>退回理由</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>退回</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>e.g. every two weeks</source>
            <translation>例如：每两周一次</translation>
        </message>
        <message>
            <source>Add goal</source>
            <translation>添加目标</translation>
        </message>
        <message>
            <source>Remove goal</source>
            <translation>删除目标</translation>
        </message>
    </context>
    <context>
        <name>PlanOutcomes</name>
        <message>
            <source>Case no.</source>
            <translation>案件编号</translation>
        </message>
        <message>
            <source>Minor</source>
            <translation>未成年人</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>意见</translation>
        </message>
        <message>
            <source>No decision on your plans yet.</source>
            <translation>您的计划暂无审批结果。</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>已退回</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>%1 returned the plan of %2 %3 on %4: %5</source>
            <translation>%1 于 %4 退回了 %2 %3 的计划：%5</translation>
        </message>
        <message>
            <source>%1 approved the plan of %2 %3 on %4: %5</source>
            <translation>%1 于 %4 批准了 %2 %3 的计划：%5</translation>
        </message>
        <message>
            <source>no comment</source>
            <translation>无意见</translation>
        </message>
    </context>
    <context>
        <name>PlanRevisionBar</name>
        <message>
            <source>Revision</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Revision %1 – %2</source>
            <translation>第 %1 版 – %2</translation>
        </message>
        <message>
            <source>Returned by %1: %2</source>
            <translation>%1 退回意见：%2</translation>
        </message>
        <message>
            <source>Approved by %1: %2</source>
            <translation>%1 批准意见：%2</translation>
        </message>
        <message>
            <source>No plan yet: write the first one below.</source>
            <translation>尚无指导计划：请在下方填写第一份计划。</translation>
        </message>
        <message>
            <source>written by %1</source>
            <translation>由 %1 制定</translation>
        </message>
        <message>
            <source>submitted %1</source>
            <translation>%1 提交</translation>
        </message>
        <message>
            <source>approved by %1 on %2</source>
            <translation>%1 于 %2 批准</translation>
        </message>
        <message>
            <source>returned by %1 on %2</source>
            <translation>%1 于 %2 退回</translation>
        </message>
        <message>
            <source>earlier revision, read only</source>
            <translation>历史版本，只读</translation>
        </message>
    </context>
    <context>
        <name>PlanWorkflowBar</name>
        <message>
            <source>Create plan</source>
            <translation>创建计划</translation>
        </message>
        <message>
            <source>New plan</source>
            <translation>新计划</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>保存草稿</translation>
        </message>
        <message>
            <source>Submit for approval</source>
            <translation>提交审批</translation>
        </message>
        <message>
            <source>Approve…</source>
            <translation>批准…</translation>
        </message>
        <message>
            <source>Return…</source>
            <translation>退回…</translation>
        </message>
        <message>
            <source>Return to draft</source>
            <translation>退回草稿</translation>
        </message>
        <message>
            <source>Start review</source>
            <translation>开始评估</translation>
        </message>
        <message>
            <source>End review…</source>
            <translation>结束评估…</translation>
        </message>
        <message>
            <source>Complete…</source>
            <translation>完成…</translation>
        </message>
        <message>
            <source>Revise</source>
            <translation>修订</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>放弃修改</translation>
        </message>
        <message>
            <source>End review</source>
            <translation>结束评估</translation>
        </message>
        <message>
            <source>The plan stays as it is. When is the next review?</source>
            <translation>计划保持不变。下次评估定在何时？</translation>
        </message>
        <message>
            <source>Complete the plan</source>
            <translation>完成计划</translation>
        </message>
        <message>
            <source>Mark this plan as completed? It can no longer be revised.</source>
            <translation>将此计划标记为已完成吗？完成后不能再修订。</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>共 %n 页</numerusform>
            </translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>另存为 PDF…</translation>
        </message>
        <message>
            <source>The printer could not be used. Nothing was printed.</source>
            <translation>无法使用打印机。未打印任何内容。</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>另存为 PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>The file could not be written. Choose another folder.</source>
            <translation>无法写入文件。请选择其他文件夹。</translation>
        </message>
    </context>
    <context>
        <name>ProfileTab</name>
        <message>
            <source>Save profile</source>
            <translation>保存基本信息</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>放弃修改</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>关系</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Lives with the minor</source>
            <translation>与未成年人同住</translation>
        </message>
        <message>
            <source>Works where</source>
            <translation>工作地</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>身份</translation>
        </message>
        <message>
            <source>Add guardian…</source>
            <translation>添加监护人…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>移除…</translation>
        </message>
        <message>
            <source>Given by</source>
            <translation>同意人</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>同意日期</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>同意范围</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>撤回</translation>
        </message>
        <message>
            <source>Record consent…</source>
            <translation>登记同意书…</translation>
        </message>
        <message>
            <source>Withdraw…</source>
            <translation>撤回…</translation>
        </message>
        <message>
            <source>The minor</source>
            <translation>未成年人</translation>
        </message>
        <message>
            <source>Guardians</source>
            <translation>监护人</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>监护人同意</translation>
        </message>
        <message>
            <source>primary contact</source>
            <translation>主要联系人</translation>
        </message>
        <message>
            <source>named in the order</source>
            <translation>指导令对象</translation>
        </message>
        <message>
            <source>%1 is under 14 and no guardian's consent is on record. Record the guardian's consent before guidance begins.</source>
            <translation>%1 未满 14 周岁，尚无监护人同意记录。开始指导前请登记监护人同意。</translation>
        </message>
        <message>
            <source>Remove guardian</source>
            <translation>移除监护人</translation>
        </message>
        <message>
            <source>Remove %1 from the guardians of this minor? Sessions that list them keep their name.</source>
            <translation>将 %1 从该未成年人的监护人中移除吗？已有的指导记录仍保留其姓名。</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translation>撤回同意</translation>
        </message>
        <message>
            <source>This consent has already been withdrawn.</source>
            <translation>该同意已撤回。</translation>
        </message>
    </context>
    <context>
        <name>RatingsBox</name>
        <message>
            <source>Rating of goal %1</source>
            <translation>目标 %1 的评分</translation>
        </message>
        <message>
            <source>The case has no approved plan yet: no goals to rate.</source>
            <translation>本案尚无已批准的指导计划，没有可评分的目标。</translation>
        </message>
    </context>
    <context>
        <name>ReceivedLettersBox</name>
        <message>
            <source>Issued</source>
            <translation>出具时间</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>文书编号</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文书</translation>
        </message>
        <message>
            <source>To</source>
            <translation>收件人</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>出具单位</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>打开…</translation>
        </message>
        <message>
            <source>Look at the letter as the sending center issued it; print it or save it from there</source>
            <translation>查看移出中心出具的原文书；可在其中打印或保存</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>另存为 PDF…</translation>
        </message>
        <message>
            <source>Letters issued by %1 before the transfer</source>
            <translation>移交前由%1出具的文书</translation>
        </message>
        <message>
            <source>These letters were issued by %1, not by this center; they came with the case as that center issued them and cannot be reprinted here.</source>
            <translation>以下文书由%1出具，并非本中心出具；随案件按原样移交，本中心不能重新打印。</translation>
        </message>
        <message>
            <source>%1 %2 (issued by %3)</source>
            <translation>%1 %2（%3出具）</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>另存为 PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>The file could not be written. Choose another folder.</source>
            <translation>无法写入文件。请选择其他文件夹。</translation>
        </message>
        <message>
            <source>Received letters</source>
            <translation>移交来的文书</translation>
        </message>
    </context>
    <context>
        <name>RecoverPasswordDialog</name>
        <message>
            <source>New administrator password — familyedu</source>
            <translation>重设管理员密码 — familyedu</translation>
        </message>
        <message>
            <source>Type the code from the recovery sheet made when familyedu was set up (or made later by an administrator), and a new password for the administrator.</source>
            <translation>请输入安装 familyedu 时（或之后由管理员）生成的恢复码页上的恢复码，并为管理员设置新密码。</translation>
        </message>
        <message>
            <source>Administrator's user name</source>
            <translation>管理员用户名</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>恢复码</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <source>New password again</source>
            <translation>再次输入新密码</translation>
        </message>
        <message>
            <source>Set the new password</source>
            <translation>设置新密码</translation>
        </message>
        <message>
            <source>The recovery code is not right. Nothing was changed.</source>
            <translation>恢复码不正确，未作任何更改。</translation>
        </message>
        <message>
            <source>Too many wrong recovery codes. Try again in {n} seconds.</source>
            <translation>输错恢复码次数过多，请在 {n} 秒后再试。</translation>
        </message>
        <message>
            <source>{user} is not an active administrator of this database. Nothing was changed.</source>
            <translation>{user} 不是本数据库的在用管理员，未作任何更改。</translation>
        </message>
        <message>
            <source>This database has no recovery code, so the password cannot be replaced this way. Another administrator can reset it.</source>
            <translation>本数据库没有恢复码，无法以此方式重设密码。可由另一位管理员重设。</translation>
        </message>
        <message>
            <source>This database has no key file and so no recovery code. Another administrator resets the password in Administration; without one, the database server's administrator does.</source>
            <translation>本数据库没有密钥文件，因此没有恢复码。请由另一位管理员在“系统管理”中重设密码；如没有其他管理员，请由数据库服务器的管理员处理。</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>RecoveryCodeDialog</name>
        <message>
            <source>Recovery code — familyedu</source>
            <translation>恢复码 — familyedu</translation>
        </message>
        <message>
            <source>This code replaces a forgotten administrator password. It is shown only now. Save or print the recovery sheet and lock it away; delete any saved copy once it is printed. Whoever holds it and a copy of the database can read everything. If the administrator's password and this code are both lost, the data is lost.</source>
            <translation>管理员忘记密码时，可凭此恢复码重设密码。恢复码仅此一次显示。请保存或打印恢复码页并锁好保管；打印后请删除保存的文件。持有恢复码及数据库副本者可读取全部数据。管理员密码与恢复码同时遗失，数据即无法恢复。</translation>
        </message>
        <message>
            <source>I have written the code down</source>
            <translation>我已抄下恢复码</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>保存…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Recovery sheet saved to {path}. Print it, lock it away and delete the file.</source>
            <translation>恢复码页已保存到 {path}。请打印、锁好保管，然后删除该文件。</translation>
        </message>
        <message>
            <source>Save the recovery sheet</source>
            <translation>保存恢复码页</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>文本文件 (*.txt)</translation>
        </message>
        <message>
            <source>Recovery sheet sent to the printer.</source>
            <translation>恢复码页已发送到打印机。</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>Edit mandatory report</source>
            <translation>编辑强制报告</translation>
        </message>
        <message>
            <source>Add mandatory report</source>
            <translation>添加强制报告</translation>
        </message>
    </context>
    <context>
        <name>ReportsTab</name>
        <message>
            <source>Reported on</source>
            <translation>报告日期</translation>
        </message>
        <message>
            <source>Suspected harm</source>
            <translation>疑似侵害情况</translation>
        </message>
        <message>
            <source>Police station</source>
            <translation>受理派出所</translation>
        </message>
        <message>
            <source>Receipt number</source>
            <translation>受案回执号</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>后续跟进</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>报告人</translation>
        </message>
        <message>
            <source>Add report…</source>
            <translation>添加报告…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Suspected harm to a minor must be reported to public security. Log each report, its receipt number and what followed.</source>
            <translation>发现未成年人疑似遭受侵害，必须向公安机关报告。请记录每一次报告、受案回执号及后续情况。</translation>
        </message>
    </context>
    <context>
        <name>Saving</name>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>有未保存的修改</translation>
        </message>
        <message>
            <source>You have changes that are not saved yet. Save them before closing?</source>
            <translation>有修改尚未保存。关闭前要保存吗？</translation>
        </message>
    </context>
    <context>
        <name>ServiceErrors</name>
        <message numerus="yes">
            <source>Too many wrong passwords. Try again in %n minute(s).</source>
            <translation>
                <numerusform>密码错误次数过多。请在 %n 分钟后重试。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong passwords. Try again in %n second(s).</source>
            <translation>
                <numerusform>密码错误次数过多。请在 %n 秒后重试。</numerusform>
            </translation>
        </message>
        <message>
            <source>This account is disabled. Ask your administrator.</source>
            <translation>此账户已停用。请联系管理员。</translation>
        </message>
        <message>
            <source>The user name or the password is not right.</source>
            <translation>用户名或密码不正确。</translation>
        </message>
        <message>
            <source>Your password was reset. Choose a new password before doing anything else.</source>
            <translation>您的密码已被重置。请先设置新密码，然后再进行其他操作。</translation>
        </message>
        <message>
            <source>Your account was changed by the administrator. Sign in again.</source>
            <translation>管理员已更改您的账户，请重新登录。</translation>
        </message>
        <message>
            <source>You could not be signed in.</source>
            <translation>无法登录。</translation>
        </message>
        <message>
            <source>This database was brought up to date by familyedu {version}, newer than this familyedu ({ours}). Use familyedu {version} or newer to open it; it has not been changed.</source>
            <translation>此数据库已由 familyedu {version} 升级，该版本比本程序（{ours}）新。请使用 familyedu {version} 或更新的版本打开它；数据库未作任何改动。</translation>
        </message>
        <message>
            <source>This database was last used by a newer version of familyedu. Install the newer version to open it; it has not been changed.</source>
            <translation>此数据库上次由更新版本的 familyedu 使用。请安装新版本后再打开；数据库未被改动。</translation>
        </message>
        <message>
            <source>The database file is on a network share ({kind}). Over the network, SQLite's file locking does not work, and desks sharing one file corrupt it, so familyedu does not open it there. Keep the file on this computer's own disk; for several desks, set up a PostgreSQL server (user guide: Several desks).</source>
            <translation>数据库文件位于网络共享上（{kind}）。经网络访问时 SQLite 的文件锁无法可靠工作，多台电脑共用同一个文件会把它损坏，因此 familyedu 不在网络共享上打开它。请把文件放在本机硬盘上；多台电脑共用时，请架设 PostgreSQL 服务器（见使用手册“多台电脑共用”）。</translation>
        </message>
        <message>
            <source>The database cannot be used right now.</source>
            <translation>数据库暂时无法使用。</translation>
        </message>
        <message>
            <source>This file is not a familyedu database, or it is damaged.</source>
            <translation>此文件不是 familyedu 数据库，或已损坏。</translation>
        </message>
        <message>
            <source>The key file beside the database is missing or damaged, so the database cannot be unlocked. Restore it from a backup.</source>
            <translation>数据库旁的密钥文件缺失或已损坏，无法解锁数据库。请从备份中恢复。</translation>
        </message>
        <message>
            <source>The database could not be brought up to date. Nothing was changed; a copy was kept beside it.</source>
            <translation>数据库无法升级。未作任何改动；已在原位置保留一份副本。</translation>
        </message>
        <message>
            <source>A database in memory cannot be used; choose a file.</source>
            <translation>不能使用内存数据库；请选择一个文件。</translation>
        </message>
        <message>
            <source>The database could not be unlocked with this password.</source>
            <translation>此密码无法解锁数据库。</translation>
        </message>
        <message>
            <source>The key file does not belong to this database.</source>
            <translation>密钥文件与此数据库不匹配。</translation>
        </message>
        <message>
            <source>The key file was written by a newer version of familyedu.</source>
            <translation>密钥文件由更新版本的 familyedu 生成。</translation>
        </message>
        <message>
            <source>The database is locked: sign in first.</source>
            <translation>数据库已锁定：请先登录。</translation>
        </message>
        <message>
            <source>This database file is not encrypted; familyedu refuses to keep children's data in a plain file.</source>
            <translation>此数据库文件未加密；familyedu 不会把未成年人的数据保存在未加密的文件中。</translation>
        </message>
        <message>
            <source>This database has already been set up. Sign in instead.</source>
            <translation>此数据库已完成初始设置。请直接登录。</translation>
        </message>
        <message>
            <source>The database is busy in another program. Try again in a moment.</source>
            <translation>数据库正被其他程序占用。请稍后重试。</translation>
        </message>
        <message>
            <source>The database cannot be written to. Check the file's permissions or the disk.</source>
            <translation>无法写入数据库。请检查文件权限或磁盘。</translation>
        </message>
        <message>
            <source>The disk is full. Free some space and try again.</source>
            <translation>磁盘已满。请清理部分空间后重试。</translation>
        </message>
        <message>
            <source>The database file or its folder was not found. Is a removable disk or network drive missing?</source>
            <translation>找不到数据库文件或其所在文件夹。是否未连接移动硬盘或网络驱动器？</translation>
        </message>
        <message>
            <source>The disk could not be read or written. Check the disk and try again.</source>
            <translation>磁盘无法读写。请检查磁盘后重试。</translation>
        </message>
        <message>
            <source>The database server cannot be reached. Check the network and try again.</source>
            <translation>无法连接数据库服务器。请检查网络后重试。</translation>
        </message>
        <message>
            <source>The connection to the database server was lost. Nothing of the last action was saved; try again.</source>
            <translation>与数据库服务器的连接已断开。上一步操作未保存；请重试。</translation>
        </message>
        <message>
            <source>The connection to the database was lost. Try again.</source>
            <translation>与数据库的连接已断开。请重试。</translation>
        </message>
        <message>
            <source>The database is busy or cannot be reached. Nothing was saved; try again.</source>
            <translation>数据库繁忙或无法连接。未保存任何内容；请重试。</translation>
        </message>
        <message>
            <source>The database refused the change. Nothing was saved.</source>
            <translation>数据库拒绝了此修改。未保存任何内容。</translation>
        </message>
        <message>
            <source>You are not allowed to do this. The attempt was recorded.</source>
            <translation>您无权进行此操作。此次尝试已被记录。</translation>
        </message>
        <message>
            <source>Someone else changed this record after you opened it. Reload it to see their changes, then apply yours again.</source>
            <translation>您打开此记录后，他人修改了它。请重新载入查看对方的修改，再重新录入您的修改。</translation>
        </message>
        <message>
            <source>This record no longer exists. It may have been removed by someone else.</source>
            <translation>此记录已不存在，可能已被他人删除。</translation>
        </message>
        <message numerus="yes">
            <source>%n registered minor(s) may be the same person.</source>
            <translation>
                <numerusform>有 %n 名已登记的未成年人可能是同一人。</numerusform>
            </translation>
        </message>
        <message>
            <source>This file is the center's database or its key file. Choose another file name; nothing was written.</source>
            <translation>这个文件是中心的数据库或其密钥文件。请换一个文件名；没有写入任何内容。</translation>
        </message>
        <message>
            <source>The action could not be completed.</source>
            <translation>操作未能完成。</translation>
        </message>
        <message>
            <source>The computer ran out of memory.</source>
            <translation>计算机内存不足。</translation>
        </message>
        <message>
            <source>A component of familyedu is missing: {name}. Install familyedu again (or ask whoever installed it); your data is not affected.</source>
            <translation>缺少组件 {name}：familyedu 安装不完整。请重新安装 familyedu（或请安装人员处理）；您的数据不受影响。</translation>
        </message>
        <message>
            <source>A file familyedu needs was not found: {name}. Install familyedu again (or ask whoever installed it); your data is not affected.</source>
            <translation>找不到 familyedu 所需的文件 {name}。请重新安装 familyedu（或请安装人员处理）；您的数据不受影响。</translation>
        </message>
        <message>
            <source>A file could not be read or written.</source>
            <translation>文件无法读取或写入。</translation>
        </message>
        <message>
            <source>Something went wrong. What you typed is still there; the problem was written to the log.</source>
            <translation>出现错误。您输入的内容仍然保留；问题已写入日志。</translation>
        </message>
    </context>
    <context>
        <name>SessionControl</name>
        <message>
            <source>Signed in: {name} ({role})</source>
            <translation>当前用户：{name}（{role}）</translation>
        </message>
        <message>
            <source>Database: {name}</source>
            <translation>数据库：{name}</translation>
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation>密码已修改。</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <source>Edit session</source>
            <translation>编辑指导记录</translation>
        </message>
        <message>
            <source>Log session</source>
            <translation>记录指导</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>Only for the center; never printed.</source>
            <translation>仅供中心内部使用，不会打印。</translation>
        </message>
        <message>
            <source>May be shared with the family.</source>
            <translation>可与家庭分享。</translation>
        </message>
        <message>
            <source>Save (Ctrl+Enter)</source>
            <translation>保存（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>These notes are encrypted for a key you do not hold yet; they are kept as they are. A supervisor's next sign-in gives you the key.</source>
            <translation>这些私人记录已用您尚未获得的密钥加密，将原样保留。督导下次登录后，您即可获得该密钥。</translation>
        </message>
        <message>
            <source>Overlapping sessions</source>
            <translation>指导时间重叠</translation>
        </message>
        <message>
            <source>This case already has a session on %1 from %2 to %3, which overlaps this one. Save this session anyway?</source>
            <translation>本案件在 %1 %2 至 %3 已有一次指导，与本次时间重叠。仍要保存本次记录吗？</translation>
        </message>
    </context>
    <context>
        <name>SessionsTab</name>
        <message>
            <source>Date and time</source>
            <translation>日期时间</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>时长</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>出席情况</translation>
        </message>
        <message>
            <source>Who came</source>
            <translation>出席人员</translation>
        </message>
        <message>
            <source>Counselor</source>
            <translation>指导师</translation>
        </message>
        <message>
            <source>Log session…</source>
            <translation>记录指导…</translation>
        </message>
        <message>
            <source>Log a session (Ctrl+L)</source>
            <translation>记录一次指导（Ctrl+L）</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>No-show followed up</source>
            <translation>缺席已跟进</translation>
        </message>
        <message>
            <source>The family was contacted after the missed session; it leaves the dashboard.</source>
            <translation>缺席后已联系家庭；此项将从工作台移除。</translation>
        </message>
        <message>
            <source>%1 (before the transfer)</source>
            <translation>%1（移交前）</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n 分钟</numerusform>
            </translation>
        </message>
        <message>
            <source>followed up</source>
            <translation>已跟进</translation>
        </message>
        <message>
            <source>to follow up</source>
            <translation>待跟进</translation>
        </message>
        <message>
            <source>Sessions held: %1 · Hours: %2</source>
            <translation>已开展：%1 次 · 时长：%2 小时</translation>
        </message>
        <message>
            <source>No-shows: %1</source>
            <translation>缺席：%1 次</translation>
        </message>
        <message numerus="yes">
            <source>(%n to follow up)</source>
            <translation>
                <numerusform>（%n 次待跟进）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Set up familyedu</source>
            <translation>初始设置 familyedu</translation>
        </message>
        <message>
            <source>This is the first start. Name your center and create the administrator's account. The administrator then creates accounts for counselors and supervisors.</source>
            <translation>这是首次启动。请填写中心名称并创建管理员账户，之后由管理员为指导师和督导创建账户。</translation>
        </message>
        <message>
            <source>Center name</source>
            <translation>中心名称</translation>
        </message>
        <message>
            <source>Center's phone (printed on letters)</source>
            <translation>中心联系电话（印在文书上）</translation>
        </message>
        <message>
            <source>Center's address (printed on letters)</source>
            <translation>中心地址（印在文书上）</translation>
        </message>
        <message>
            <source>Administrator's user name</source>
            <translation>管理员用户名</translation>
        </message>
        <message>
            <source>Administrator's full name</source>
            <translation>管理员姓名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>再次输入密码</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>创建</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>ShellMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>转到(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;New case…</source>
            <translation>新建案件(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Import a register…</source>
            <translation>导入台账(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Receive a transferred case…</source>
            <translation>接收移交案件(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Close case</source>
            <translation>关闭案件(&amp;C)</translation>
        </message>
        <message>
            <source>Change my &amp;password…</source>
            <translation>修改我的密码(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Lock the screen</source>
            <translation>锁定屏幕(&amp;L)</translation>
        </message>
        <message>
            <source>Sign &amp;out / switch user…</source>
            <translation>注销/切换用户(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Find a case</source>
            <translation>查找案件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>The new language is used from the next start.</source>
            <translation>新的语言将在下次启动时生效。</translation>
        </message>
        <message>
            <source>&amp;Shared desk: do not fill in the last user's name</source>
            <translation>共用电脑：登录时不填入上一位用户名(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Text size</source>
            <translation>文字大小(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>使用手册(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;About familyedu</source>
            <translation>关于 familyedu(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in — familyedu</source>
            <translation>登录 — familyedu</translation>
        </message>
        <message>
            <source>Family education guidance</source>
            <translation>家庭教育指导</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Forgot the administrator password?</source>
            <translation>忘记管理员密码？</translation>
        </message>
        <message>
            <source>The database is still opening. Try again in a moment.</source>
            <translation>数据库仍在打开，请稍后再试。</translation>
        </message>
        <message>
            <source>This database has no key file and so no recovery code. Another administrator resets the password in Administration; without one, the database server's administrator does.</source>
            <translation>本数据库没有密钥文件，因此没有恢复码。请由另一位管理员在“系统管理”中重设密码；如没有其他管理员，请由数据库服务器的管理员处理。</translation>
        </message>
        <message>
            <source>The administrator's password was replaced. Sign in with the new password.</source>
            <translation>管理员密码已重设，请用新密码登录。</translation>
        </message>
    </context>
    <context>
        <name>StaleDialog</name>
        <message>
            <source>(unchanged)</source>
            <translation>（未改动）</translation>
        </message>
        <message>
            <source>Someone else changed this record</source>
            <translation>此记录已被他人修改</translation>
        </message>
        <message>
            <source>While you were editing, someone else saved this record. Your edit has not been saved yet. Their changes and yours:</source>
            <translation>在您编辑期间，他人保存了此记录。您的修改尚未保存。双方的修改如下：</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>When you opened it</source>
            <translation>您打开时</translation>
        </message>
        <message>
            <source>Saved by the other person</source>
            <translation>他人保存的</translation>
        </message>
        <message>
            <source>Your edit</source>
            <translation>您的修改</translation>
        </message>
        <message>
            <source>The changes are not in the fields of this form.</source>
            <translation>对方修改的不是此表单中的字段。</translation>
        </message>
        <message>
            <source>Re-apply loads their version and puts your changed fields on top of it, then saves. Reload shows their version and drops your edit.</source>
            <translation>“重新应用”会载入对方的版本，再把您改过的字段覆盖上去并保存。“重新载入”显示对方的版本并放弃您的修改。</translation>
        </message>
        <message>
            <source>Re-apply my edit</source>
            <translation>重新应用我的修改</translation>
        </message>
        <message>
            <source>Reload (discard my edit)</source>
            <translation>重新载入（放弃我的修改）</translation>
        </message>
    </context>
    <context>
        <name>StatisticsDialog</name>
        <message>
            <source>Statistics</source>
            <translation>统计报表</translation>
        </message>
        <message>
            <source>e.g. the county women's federation</source>
            <translation>例如：县妇联</translation>
        </message>
        <message>
            <source>From</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>To</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>收件单位</translation>
        </message>
    </context>
    <context>
        <name>TextSize</name>
        <message>
            <source>&amp;Standard</source>
            <translation>标准(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Larger</source>
            <translation>较大(&amp;L)</translation>
        </message>
        <message>
            <source>L&amp;argest</source>
            <translation>特大(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>TransferInDialog</name>
        <message>
            <source>Receive a transferred case</source>
            <translation>接收移交案件</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>&amp;Read the file</source>
            <translation>读取文件(&amp;R)</translation>
        </message>
        <message>
            <source>Transfer file:</source>
            <translation>移交文件：</translation>
        </message>
        <message>
            <source>Transfer password:</source>
            <translation>移交密码：</translation>
        </message>
        <message>
            <source>I checked: this is not the child already registered here</source>
            <translation>我已核实：这不是本中心已登记的那名未成年人</translation>
        </message>
        <message>
            <source>Receive the case</source>
            <translation>接收案件</translation>
        </message>
        <message>
            <source>Case goes to:</source>
            <translation>案件分配给：</translation>
        </message>
        <message>
            <source>Choose the file the sending center gave you and type the password they told you by another channel. Its summary is shown first: nothing is written until you press Receive the case.</source>
            <translation>请选择移出中心交给您的移交文件，并输入对方通过其他渠道（电话）告知的密码。程序会先显示文件摘要：在您按下“接收案件”之前，不会写入任何数据。</translation>
        </message>
        <message>
            <source>Choose the transfer file</source>
            <translation>选择移交文件</translation>
        </message>
        <message>
            <source>Transfer files (*{suffix})</source>
            <translation>移交文件 (*{suffix})</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>无法读取该文件。</translation>
        </message>
        <message>
            <source>{done} of {required} hours</source>
            <translation>已完成 {done} / {required} 小时</translation>
        </message>
        <message>
            <source>{done} hours</source>
            <translation>已完成 {done} 小时</translation>
        </message>
        <message>
            <source>From {center} (their case {number}), sent {when} by {who}.</source>
            <translation>来自{center}（原案号 {number}），由{who}于 {when} 发出。</translation>
        </message>
        <message>
            <source>{name}, born {born}; order: {order}, {hours}.</source>
            <translation>{name}，出生于 {born}；令状：{order}，{hours}。</translation>
        </message>
        <message>
            <source>{guardians} guardian(s), {plans} plan revision(s), {sessions} session(s), {reports} mandatory report(s), {letters} letter(s).</source>
            <translation>监护人 {guardians} 名，指导计划 {plans} 版，指导记录 {sessions} 条，强制报告 {reports} 份，文书 {letters} 份。</translation>
        </message>
        <message>
            <source>This is a sealed record.</source>
            <translation>这是封存记录。</translation>
        </message>
        <message>
            <source>This child's ID number is registered here already (case {number}): the file cannot be received.</source>
            <translation>该未成年人的身份证号已在本中心登记（案号 {number}）：无法接收此文件。</translation>
        </message>
        <message>
            <source>Possibly registered here already: {name}, born {born}.</source>
            <translation>可能已在本中心登记：{name}，出生于 {born}。</translation>
        </message>
        <message>
            <source>Check the possible duplicates first, then tick the box.</source>
            <translation>请先核实可能重复的记录，然后勾选确认框。</translation>
        </message>
    </context>
    <context>
        <name>TransferOutDialog</name>
        <message>
            <source>Transfer to another center</source>
            <translation>移交其他中心</translation>
        </message>
        <message>
            <source>The case of {name} ({number}) is written, with its history and issued letters, into one encrypted file for the receiving center, and closed here as transferred. Give the password to the receiving center by another channel (telephone), never with the file.</source>
            <translation>{name}（{number}）的案件连同全部记录和已出具的文书将写入一个加密文件交给接收中心，并在本中心以“移交”结案。请通过其他渠道（如电话）把密码告知接收中心，切勿与文件一起发送。</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Receiving center:</source>
            <translation>接收中心：</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <source>Transfer password:</source>
            <translation>移交密码：</translation>
        </message>
        <message>
            <source>Password again:</source>
            <translation>再次输入密码：</translation>
        </message>
        <message>
            <source>Why a sealed record is transferred:</source>
            <translation>移交封存记录的理由：</translation>
        </message>
        <message>
            <source>Transfer and close the case</source>
            <translation>移交并结案</translation>
        </message>
        <message>
            <source>Save the transfer file</source>
            <translation>保存移交文件</translation>
        </message>
        <message>
            <source>Transfer files (*{suffix})</source>
            <translation>移交文件 (*{suffix})</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <source>Choose a file in an existing folder.</source>
            <translation>请选择已存在文件夹中的文件。</translation>
        </message>
        <message>
            <source>This file exists already: choose another name.</source>
            <translation>该文件已存在：请换一个文件名。</translation>
        </message>
        <message>
            <source>The case was written to {file} and is closed here as transferred to {center}. Check value for the receiving center: {digest}</source>
            <translation>案件已写入 {file}，并在本中心以“移交至{center}”结案。供接收中心核对的校验值：{digest}</translation>
        </message>
        <message>
            <source>Receiving center</source>
            <translation>接收中心</translation>
        </message>
        <message>
            <source>Transfer password</source>
            <translation>移交密码</translation>
        </message>
        <message>
            <source>Why a sealed record is transferred</source>
            <translation>移交封存记录的理由</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>familyedu is locked</source>
            <translation>familyedu 已锁定</translation>
        </message>
        <message>
            <source>The screen is locked. Enter the password of {user} to go on; everything you had open is still there.</source>
            <translation>屏幕已锁定。请输入 {user} 的密码以继续；已打开的内容都还在。</translation>
        </message>
        <message>
            <source>The screen was locked after a time without use. Enter the password of {user} to go on; everything you had open is still there.</source>
            <translation>因长时间未操作，屏幕已锁定。请输入 {user} 的密码继续；之前打开的内容都还在。</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>New account…</source>
            <translation>新建账户…</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>重置密码…</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Enable</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>账户</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>This date is in the future.</source>
            <translation>此日期晚于今天。</translation>
        </message>
        <message>
            <source>The order's deadline cannot be before the case was opened.</source>
            <translation>指导令完成期限不能早于立案日期。</translation>
        </message>
        <message>
            <source>An order needs the hours or the sessions it requires.</source>
            <translation>指导令须填写要求的时长或次数。</translation>
        </message>
        <message>
            <source>An order needs a deadline.</source>
            <translation>指导令须填写完成期限。</translation>
        </message>
        <message>
            <source>Choose an active counselor or supervisor of this center.</source>
            <translation>请选择本中心在职的指导师或督导。</translation>
        </message>
        <message>
            <source>Sessions were logged before this date.</source>
            <translation>此日期之前已有指导记录。</translation>
        </message>
        <message>
            <source>This case is already closed.</source>
            <translation>此案件已结案。</translation>
        </message>
        <message>
            <source>A case cannot close before it was opened.</source>
            <translation>结案日期不能早于立案日期。</translation>
        </message>
        <message>
            <source>A case cannot close before its last session ({date}).</source>
            <translation>结案日期不能早于最后一次指导（{date}）。</translation>
        </message>
        <message>
            <source>The order is not fulfilled yet: the hours or sessions it requires are not all done.</source>
            <translation>指导令尚未履行完毕：要求的时长或次数尚未全部完成。</translation>
        </message>
        <message>
            <source>This case is already open.</source>
            <translation>此案件已在办理中。</translation>
        </message>
        <message>
            <source>This record is sealed: state why you open it.</source>
            <translation>此记录已封存：请说明查阅理由。</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>此项为必填项。</translation>
        </message>
        <message>
            <source>Please choose one of the listed values.</source>
            <translation>请从列表中选择。</translation>
        </message>
        <message>
            <source>The logo must be a PNG picture.</source>
            <translation>标志须为 PNG 图片。</translation>
        </message>
        <message>
            <source>The logo is too large: at most {max} KB.</source>
            <translation>标志图片过大：最多 {max} KB。</translation>
        </message>
        <message>
            <source>A postcode has six digits.</source>
            <translation>邮政编码为六位数字。</translation>
        </message>
        <message>
            <source>You do not hold the key of the sealed records yet: it is given to you at the next sign-in of another supervisor.</source>
            <translation>您尚未获得封存记录的密钥：其他督导下次登录时会授予您。</translation>
        </message>
        <message>
            <source>The date of birth is in the future.</source>
            <translation>出生日期晚于今天。</translation>
        </message>
        <message>
            <source>familyedu keeps records of minors: this person is 18 or older.</source>
            <translation>familyedu 只登记未成年人：此人已满 18 周岁。</translation>
        </message>
        <message>
            <source>The birth date in this ID number ({id_date}) differs from the date of birth entered.</source>
            <translation>身份证号码中的出生日期（{id_date}）与填写的出生日期不一致。</translation>
        </message>
        <message>
            <source>The gender digit of this ID number differs from the gender entered.</source>
            <translation>身份证号码中的性别位与填写的性别不一致。</translation>
        </message>
        <message>
            <source>A possible duplicate exists: ask your supervisor.</source>
            <translation>可能存在重复登记：请询问您的督导。</translation>
        </message>
        <message>
            <source>This ID number is already registered (case {case_number}); open that record instead.</source>
            <translation>此身份证号码已登记（案件 {case_number}）；请打开该记录。</translation>
        </message>
        <message>
            <source>This step is not possible while the plan is a draft.</source>
            <translation>计划处于“草稿”状态，不能进行此操作。</translation>
        </message>
        <message>
            <source>This step is not possible while the plan is awaiting approval.</source>
            <translation>计划处于“待审批”状态，不能进行此操作。</translation>
        </message>
        <message>
            <source>This step is not possible while the plan is active.</source>
            <translation>计划处于“执行中”状态，不能进行此操作。</translation>
        </message>
        <message>
            <source>This step is not possible while the plan is under review.</source>
            <translation>计划处于“评估中”状态，不能进行此操作。</translation>
        </message>
        <message>
            <source>This step is not possible now that the plan is completed.</source>
            <translation>计划处于“已完成”状态，不能进行此操作。</translation>
        </message>
        <message>
            <source>This step is not possible now that the plan has been superseded.</source>
            <translation>计划处于“已被替代”状态，不能进行此操作。</translation>
        </message>
        <message>
            <source>Say why the plan is returned: the counselor reads this comment.</source>
            <translation>请写明退回理由：指导师会看到这条意见。</translation>
        </message>
        <message>
            <source>The plan's end cannot be before its start.</source>
            <translation>计划结束日期不能早于开始日期。</translation>
        </message>
        <message>
            <source>The review date cannot be before the plan starts.</source>
            <translation>评估日期不能早于计划开始日期。</translation>
        </message>
        <message>
            <source>A goal that a session has rated cannot be removed; reword it instead.</source>
            <translation>已在指导记录中评过分的目标不能删除；请改写该目标。</translation>
        </message>
        <message>
            <source>This case already has a plan: revise it instead.</source>
            <translation>此案件已有指导计划：请修订现有计划。</translation>
        </message>
        <message>
            <source>Only a draft can be edited; revise an approved plan.</source>
            <translation>只能编辑草稿；已批准的计划请修订。</translation>
        </message>
        <message>
            <source>A plan needs at least one goal before approval.</source>
            <translation>计划至少要有一个目标才能批准。</translation>
        </message>
        <message>
            <source>A plan needs a review date before approval.</source>
            <translation>计划须填写评估日期才能批准。</translation>
        </message>
        <message>
            <source>The next review must be after today.</source>
            <translation>下次评估日期须晚于今天。</translation>
        </message>
        <message>
            <source>Only an approved plan is revised.</source>
            <translation>只有已批准的计划才能修订。</translation>
        </message>
        <message>
            <source>A revision of this plan is already being drafted.</source>
            <translation>此计划已有一份修订稿正在起草。</translation>
        </message>
        <message>
            <source>“{value}” is not in the list: map it to an entry or add it.</source>
            <translation>“{value}”不在列表中：请将其对应到某个条目或添加该条目。</translation>
        </message>
        <message>
            <source>“{value}” is not one of the listed values.</source>
            <translation>“{value}”不是可选值之一。</translation>
        </message>
        <message>
            <source>No case of the register has this number or ID number.</source>
            <translation>台账中没有此编号或身份证号的案件。</translation>
        </message>
        <message>
            <source>Its case is not imported.</source>
            <translation>其所属案件未导入。</translation>
        </message>
        <message>
            <source>A session cannot be before the case was opened ({date}).</source>
            <translation>指导日期不能早于立案日期（{date}）。</translation>
        </message>
        <message>
            <source>The period cannot end before it starts.</source>
            <translation>截止日期不能早于起始日期。</translation>
        </message>
        <message>
            <source>The period starts after today: a letter reports only on what has happened.</source>
            <translation>所选期间在今天之后才开始：文书只能反映已经发生的情况。</translation>
        </message>
        <message>
            <source>This date is outside the possible range.</source>
            <translation>此日期超出有效范围。</translation>
        </message>
        <message>
            <source>An attended session needs its duration.</source>
            <translation>已出席的指导须填写时长。</translation>
        </message>
        <message>
            <source>A session cannot be after the case was closed ({date}).</source>
            <translation>指导日期不能晚于结案日期（{date}）。</translation>
        </message>
        <message>
            <source>The next appointment cannot be before this session.</source>
            <translation>下次预约不能早于本次指导。</translation>
        </message>
        <message>
            <source>Only this minor's guardians can be listed as attending.</source>
            <translation>出席人员只能是该未成年人的监护人。</translation>
        </message>
        <message>
            <source>A rated goal is not a goal of this case's plan.</source>
            <translation>所评分的目标不属于本案件的指导计划。</translation>
        </message>
        <message>
            <source>Must be between {low} and {high}.</source>
            <translation>须在 {low} 到 {high} 之间。</translation>
        </message>
        <message>
            <source>Goals are rated only for a session that took place.</source>
            <translation>只有实际进行的指导才能给目标评分。</translation>
        </message>
        <message>
            <source>Only a no-show needs a follow-up.</source>
            <translation>只有缺席才需要跟进。</translation>
        </message>
        <message>
            <source>A password needs at least {n} characters.</source>
            <translation>密码至少需要 {n} 个字符。</translation>
        </message>
        <message>
            <source>Use letters, digits, dots, dashes or underscores.</source>
            <translation>只能使用字母、数字、点、连字符或下划线。</translation>
        </message>
        <message>
            <source>This database already has accounts.</source>
            <translation>此数据库已有账户。</translation>
        </message>
        <message>
            <source>This user name is taken.</source>
            <translation>此用户名已被使用。</translation>
        </message>
        <message>
            <source>The current password is not right.</source>
            <translation>当前密码不正确。</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>不能停用自己的账户。</translation>
        </message>
        <message>
            <source>Too long: at most {max} characters (now {length}).</source>
            <translation>过长：最多 {max} 个字符（当前 {length} 个）。</translation>
        </message>
        <message>
            <source>A name cannot contain digits or line breaks.</source>
            <translation>姓名不能包含数字或换行。</translation>
        </message>
        <message>
            <source>A resident ID number has 18 characters.</source>
            <translation>居民身份证号码为 18 位。</translation>
        </message>
        <message>
            <source>The check digit of this resident ID number is wrong; please re-check it.</source>
            <translation>身份证号码的校验位不正确；请再核对一遍。</translation>
        </message>
        <message>
            <source>A resident ID number is 17 digits followed by a digit or X.</source>
            <translation>居民身份证号码为 17 位数字加 1 位数字或 X。</translation>
        </message>
        <message>
            <source>This resident ID number holds an impossible birth date.</source>
            <translation>此身份证号码中的出生日期不可能存在。</translation>
        </message>
        <message>
            <source>Not a phone number: use an 11-digit mobile number or a landline with its area code, e.g. 0851-12345678.</source>
            <translation>电话号码无效：请填写 11 位手机号码，或带区号的固定电话，例如 0851-12345678。</translation>
        </message>
        <message>
            <source>This date cannot be before {other} ({date}).</source>
            <translation>此日期不能早于{other}（{date}）。</translation>
        </message>
        <message>
            <source>Export to a file ending in .xlsx or .csv.</source>
            <translation>请导出为 .xlsx 或 .csv 文件。</translation>
        </message>
        <message>
            <source>A full export names children: give it a password.</source>
            <translation>完整导出包含未成年人姓名：请设置密码。</translation>
        </message>
        <message>
            <source>This letter is about an order, and this case has none.</source>
            <translation>此文书针对指导令，而本案件没有指导令。</translation>
        </message>
        <message>
            <source>A letter to the guardians is about guidance that goes on, and this case is closed: issue a completion report instead.</source>
            <translation>家庭教育指导情况告知书用于正在进行的指导，本案已结案：请出具结案报告。</translation>
        </message>
        <message>
            <source>This case has no guardian on record to write to: add one on the minor's page first.</source>
            <translation>本案尚未登记监护人，无法致函：请先在未成年人页面添加监护人。</translation>
        </message>
        <message>
            <source>A guidance plan is printed for signature while the case is open; for a closed case, issue the completion report.</source>
            <translation>指导计划在案件办理期间打印签署；已结案的案件请出具结案报告。</translation>
        </message>
        <message>
            <source>This case has no guidance plan yet.</source>
            <translation>此案件尚无指导计划。</translation>
        </message>
        <message>
            <source>The plan needs a review date before it is printed.</source>
            <translation>指导计划须填写评估日期后才能打印。</translation>
        </message>
        <message>
            <source>A completion report is only for a closed case: close the case first.</source>
            <translation>结案报告只能为已结案的案件出具：请先办理结案。</translation>
        </message>
        <message>
            <source>A notice is only for an open case; this case is closed.</source>
            <translation>督促履行通知书只能为在办案件出具；本案已结案。</translation>
        </message>
        <message>
            <source>The order of this case is fulfilled: there is nothing to remind the guardians of.</source>
            <translation>本案指导令规定的指导已全部完成，无需督促监护人履行。</translation>
        </message>
        <message>
            <source>The guardians are keeping up with the order (no session missed, as much done as a steady pace to the deadline needs by now): a notice is for guardians who fall behind.</source>
            <translation>监护人正在按要求履行（没有缺席指导，已完成的指导不少于按期均衡推进到今天应完成的部分）：督促履行通知书只发给未按要求履行的监护人。</translation>
        </message>
        <message>
            <source>A notice of non-compliance follows a reminder: issue a reminder first.</source>
            <translation>未履行告知须在提醒之后发出：请先出具提醒通知。</translation>
        </message>
        <message>
            <source>The reminder asked the guardians to reply by {date}: a notice of non-compliance can follow only after that day.</source>
            <translation>提醒通知要求监护人于{date}前回复：该日期过后才能发出未履行通知。</translation>
        </message>
        <message>
            <source>The center's phone number is missing: enter it in Administration (Center) before printing letters.</source>
            <translation>尚未登记中心联系电话：请先在“管理—中心设置”中填写，再打印文书。</translation>
        </message>
        <message>
            <source>The center's address is missing: enter it in Administration (Center) before printing letters.</source>
            <translation>尚未登记中心地址：请先在“管理—中心设置”中填写，再打印文书。</translation>
        </message>
        <message>
            <source>The period ends before the case was opened ({date}): there is no guidance to report on.</source>
            <translation>所选期间在立案（{date}）之前结束：该期间没有可报告的指导。</translation>
        </message>
        <message>
            <source>The period starts after the case was closed ({date}): there is no guidance to report on.</source>
            <translation>所选期间在结案（{date}）之后开始：该期间没有可报告的指导。</translation>
        </message>
        <message>
            <source>A brace in the entry {key} is not paired (at character {position}).</source>
            <translation>条目 {key} 中的花括号不成对（第 {position} 个字符处）。</translation>
        </message>
        <message>
            <source>The entry {key} uses the placeholder {placeholder}, which this letter does not know.</source>
            <translation>条目 {key} 使用了本文书不认识的占位符 {placeholder}。</translation>
        </message>
        <message>
            <source>The placeholder {placeholder} in the entry {key} must be a plain name in braces.</source>
            <translation>条目 {key} 中的占位符 {placeholder} 必须是花括号内的简单名称。</translation>
        </message>
        <message>
            <source>The template lacks the entry {placeholder}.</source>
            <translation>模板缺少条目 {placeholder}。</translation>
        </message>
        <message>
            <source>The template has an entry {placeholder} that this letter does not use.</source>
            <translation>模板中的条目 {placeholder} 本文书不使用。</translation>
        </message>
        <message>
            <source>The template is not valid TOML: {detail}</source>
            <translation>模板不是有效的 TOML：{detail}</translation>
        </message>
        <message>
            <source>The entry {placeholder} of the template is not right: {detail}</source>
            <translation>模板条目 {placeholder} 有误：{detail}</translation>
        </message>
        <message>
            <source>The template says it is for {found}, not for {expected}.</source>
            <translation>此模板标明用于 {found}，而不是 {expected}。</translation>
        </message>
        <message>
            <source>The character {char} ({codepoint}) in the entry {placeholder} cannot be printed with the letter fonts.</source>
            <translation>条目 {placeholder} 中的字符 {char}（{codepoint}）无法用文书字体打印。</translation>
        </message>
        <message>
            <source>The mapping file is not a valid MAP.json.</source>
            <translation>对应关系文件不是有效的 MAP.json。</translation>
        </message>
        <message>
            <source>The mapping names an unknown field {field} for column {column}.</source>
            <translation>对应关系为列 {column} 指定了未知字段 {field}。</translation>
        </message>
        <message>
            <source>The mapping file cannot be read.</source>
            <translation>无法读取对应关系文件。</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>无法读取该文件。</translation>
        </message>
        <message>
            <source>Only .xlsx and .csv files can be imported.</source>
            <translation>只能导入 .xlsx 和 .csv 文件。</translation>
        </message>
        <message>
            <source>This is not a readable .xlsx workbook.</source>
            <translation>这不是可读取的 .xlsx 工作簿。</translation>
        </message>
        <message>
            <source>The file's text is neither UTF-8 nor GB18030.</source>
            <translation>文件的文字编码既不是 UTF-8 也不是 GB18030。</translation>
        </message>
        <message>
            <source>No header row with known columns was found in this file.</source>
            <translation>此文件中未找到含可识别列名的表头行。</translation>
        </message>
        <message>
            <source>This import was already undone.</source>
            <translation>本次导入已被撤销。</translation>
        </message>
        <message>
            <source>Cases of this import were changed since it ran: it can no longer be undone as a whole.</source>
            <translation>本次导入的案件在导入后已被修改，无法再整体撤销。</translation>
        </message>
        <message>
            <source>Not a date: write it like 2015-03-07, 2015/3/7 or 2015年3月7日.</source>
            <translation>不是日期：请写成 2015-03-07、2015/3/7 或 2015年3月7日。</translation>
        </message>
        <message>
            <source>Not a number.</source>
            <translation>不是数字。</translation>
        </message>
        <message>
            <source>Open the record again before saving: the version you read is missing.</source>
            <translation>请重新打开该记录后再保存：缺少您读取时的版本。</translation>
        </message>
        <message>
            <source>This transfer file is damaged or was altered; nothing was written.</source>
            <translation>该移交文件已损坏或被篡改；未写入任何数据。</translation>
        </message>
        <message>
            <source>The transfer password needs at least {min} characters.</source>
            <translation>移交密码至少需要 {min} 个字符。</translation>
        </message>
        <message>
            <source>This record is sealed: state why it is transferred.</source>
            <translation>此记录已封存：请说明移交理由。</translation>
        </message>
        <message>
            <source>This is not a familyedu transfer file.</source>
            <translation>这不是 familyedu 移交文件。</translation>
        </message>
        <message>
            <source>Wrong password, or the file was damaged or altered; nothing was written.</source>
            <translation>密码错误，或文件已损坏或被篡改；未写入任何数据。</translation>
        </message>
        <message>
            <source>No such letter among the transferred ones.</source>
            <translation>移交的文书中没有此文书。</translation>
        </message>
    </context>
    <context>
        <name>Widgets</name>
        <message>
            <source>Only a number goes here: “%1” was not taken.</source>
            <translation>此处只能填数字：“%1”未被接受。</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
    </context>
    <context>
        <name>WithdrawConsentDialog</name>
        <message>
            <source>Withdraw consent</source>
            <translation>撤回同意</translation>
        </message>
        <message>
            <source>Consent given by %1 on %2 is withdrawn.</source>
            <translation>撤回 %1 于 %2 作出的同意。</translation>
        </message>
    </context>
    <context>
        <name>WordingPage</name>
        <message>
            <source>the page footer</source>
            <translation>页脚</translation>
        </message>
        <message>
            <source>each session in the list of what was worked on</source>
            <translation>所做工作列表中的每次指导</translation>
        </message>
        <message>
            <source>a session's length in the sessions table</source>
            <translation>指导记录表中的每次时长</translation>
        </message>
        <message>
            <source>a guardian's signature line</source>
            <translation>监护人签名行</translation>
        </message>
        <message>
            <source>The center's name</source>
            <translation>中心名称</translation>
        </message>
        <message>
            <source>The center's address</source>
            <translation>中心地址</translation>
        </message>
        <message>
            <source>The center's phone number</source>
            <translation>中心电话</translation>
        </message>
        <message>
            <source>The letter's reference number</source>
            <translation>文书编号</translation>
        </message>
        <message>
            <source>The day the letter is issued</source>
            <translation>出具日期</translation>
        </message>
        <message>
            <source>Who the letter is addressed to</source>
            <translation>收件人</translation>
        </message>
        <message>
            <source>The child's name</source>
            <translation>未成年人姓名</translation>
        </message>
        <message>
            <source>The guardians' names</source>
            <translation>监护人姓名</translation>
        </message>
        <message>
            <source>First day of the period the letter covers</source>
            <translation>文书所涉期间的起始日</translation>
        </message>
        <message>
            <source>Last day of the period the letter covers</source>
            <translation>文书所涉期间的截止日</translation>
        </message>
        <message>
            <source>Sessions held in the period</source>
            <translation>本期已开展指导次数</translation>
        </message>
        <message>
            <source>Sessions missed</source>
            <translation>未按约参加的次数</translation>
        </message>
        <message>
            <source>Sessions done</source>
            <translation>已完成的指导次数</translation>
        </message>
        <message>
            <source>Sessions the order requires</source>
            <translation>指导令要求的次数</translation>
        </message>
        <message>
            <source>Hours of guidance done</source>
            <translation>已完成的指导小时数</translation>
        </message>
        <message>
            <source>Hours the order requires</source>
            <translation>指导令要求的小时数</translation>
        </message>
        <message>
            <source>Hours still to do</source>
            <translation>尚需完成的小时数</translation>
        </message>
        <message>
            <source>The counselor's name</source>
            <translation>指导师姓名</translation>
        </message>
        <message>
            <source>The counselor's phone number</source>
            <translation>指导师电话</translation>
        </message>
        <message>
            <source>The supervisor's name</source>
            <translation>督导姓名</translation>
        </message>
        <message>
            <source>The next appointment</source>
            <translation>下次指导时间</translation>
        </message>
        <message>
            <source>The kind of order</source>
            <translation>指导令类型</translation>
        </message>
        <message>
            <source>The order's number</source>
            <translation>指导令文号</translation>
        </message>
        <message>
            <source>The order named in full (kind and number)</source>
            <translation>指导令全称（类型和文号）</translation>
        </message>
        <message>
            <source>The day the order was issued</source>
            <translation>指导令发出日期</translation>
        </message>
        <message>
            <source>The order's date as written in a sentence</source>
            <translation>句中写法的指导令日期</translation>
        </message>
        <message>
            <source>The order's deadline</source>
            <translation>指导令期限</translation>
        </message>
        <message>
            <source>The deadline as a clause (empty without one)</source>
            <translation>期限的句中写法（无期限时为空）</translation>
        </message>
        <message>
            <source>The deadline as a clause, "by …" (empty without one)</source>
            <translation>“于…前”的期限写法（无期限时为空）</translation>
        </message>
        <message>
            <source>The day by which the family should answer</source>
            <translation>家庭应答复的日期</translation>
        </message>
        <message>
            <source>What the order requires (sessions, hours)</source>
            <translation>指导令规定的内容（次数、小时数）</translation>
        </message>
        <message>
            <source>What is done of the requirement</source>
            <translation>已完成的部分</translation>
        </message>
        <message>
            <source>What remains of the requirement</source>
            <translation>尚未完成的部分</translation>
        </message>
        <message>
            <source>The days of the missed sessions</source>
            <translation>未参加指导的日期</translation>
        </message>
        <message>
            <source>The share of sessions attended</source>
            <translation>出勤率</translation>
        </message>
        <message>
            <source>Why the case was closed</source>
            <translation>结案原因</translation>
        </message>
        <message>
            <source>How often guidance takes place</source>
            <translation>指导频次</translation>
        </message>
        <message>
            <source>The plan's first day</source>
            <translation>计划开始日期</translation>
        </message>
        <message>
            <source>The plan's review day</source>
            <translation>计划评估日期</translation>
        </message>
        <message>
            <source>The plan's last day</source>
            <translation>计划结束日期</translation>
        </message>
        <message>
            <source>The plan's version number</source>
            <translation>计划版本号</translation>
        </message>
        <message>
            <source>Cases open in the period</source>
            <translation>期内在办案件数</translation>
        </message>
        <message>
            <source>Cases opened in the period</source>
            <translation>期内新开案件数</translation>
        </message>
        <message>
            <source>Cases closed in the period</source>
            <translation>期内结案数</translation>
        </message>
        <message>
            <source>Orders that fell due</source>
            <translation>期内到期的指导令数</translation>
        </message>
        <message>
            <source>Orders completed on time</source>
            <translation>按期完成的指导令数</translation>
        </message>
        <message>
            <source>Orders completed late</source>
            <translation>逾期完成的指导令数</translation>
        </message>
        <message>
            <source>Orders not completed</source>
            <translation>未完成的指导令数</translation>
        </message>
        <message>
            <source>The share of orders completed on time</source>
            <translation>按期完成率</translation>
        </message>
        <message>
            <source>The page number</source>
            <translation>页码</translation>
        </message>
        <message>
            <source>The number of pages</source>
            <translation>总页数</translation>
        </message>
        <message>
            <source>The session's day</source>
            <translation>指导日期</translation>
        </message>
        <message>
            <source>How the session was held</source>
            <translation>指导方式</translation>
        </message>
        <message>
            <source>The session's summary for the family</source>
            <translation>可告知家庭的指导小结</translation>
        </message>
        <message>
            <source>The session's length in minutes</source>
            <translation>指导时长（分钟）</translation>
        </message>
        <message>
            <source>The guardian's name</source>
            <translation>监护人姓名</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <source>Wording of the letter</source>
            <translation>文书措辞</translation>
        </message>
        <message>
            <source>Placeholders of this document</source>
            <translation>本文书可用的占位符</translation>
        </message>
        <message>
            <source>Placeholder</source>
            <translation>占位符</translation>
        </message>
        <message>
            <source>Stands for</source>
            <translation>含义</translation>
        </message>
        <message>
            <source>%1 (only in %2)</source>
            <translation>%1（仅用于%2）</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Reset to the default…</source>
            <translation>恢复默认措辞…</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>Placeholders are written {name}; write {{ and }} for a brace. A paragraph of the order letters whose placeholder has nothing to say (no missed sessions, say) is left out.</source>
            <translation>占位符写作 {name}；花括号本身请写成 {{ 和 }}。指导令相关文书中，若某段的占位符无内容可填（例如没有缺席记录），该段将被省略。</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文书</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Placeholders of this document (double-click to write one into the text):</source>
            <translation>本文书可用的占位符（双击可插入到文本中）：</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>已保存</translation>
        </message>
        <message>
            <source>Reset the wording</source>
            <translation>恢复默认措辞</translation>
        </message>
        <message>
            <source>Replace this center's wording of the document with the wording shipped with familyedu? Your changes to it will be lost.</source>
            <translation>用 familyedu 自带的措辞替换本中心对此文书的措辞吗？您对它所做的修改将会丢失。</translation>
        </message>
        <message>
            <source>The default wording is in force.</source>
            <translation>当前使用的是默认措辞。</translation>
        </message>
        <message>
            <source>Sample: %1</source>
            <translation>样张：%1</translation>
        </message>
        <message>
            <source>Unsaved wording</source>
            <translation>措辞未保存</translation>
        </message>
        <message>
            <source>The wording you edited has not been saved. Save it first?</source>
            <translation>您编辑的措辞尚未保存。要先保存吗？</translation>
        </message>
    </context>
    <context>
        <name>_Cover</name>
        <message>
            <source>Locked</source>
            <translation>已锁定</translation>
        </message>
    </context>
    <context>
        <name>_FormDialog</name>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
</TS>
