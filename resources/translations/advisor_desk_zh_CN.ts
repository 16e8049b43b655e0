<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AfterSale</name>
    <message>
        <source>The client is in the cooling-off period until {time}: no contact before then.</source>
        <translation>客户处于冷静期，至 {time} 结束：此前不得联系客户。</translation>
    </message>
    <message>
        <source>Choose a score from {low} to {high}.</source>
        <translation>请选择 {low} 至 {high} 分。</translation>
    </message>
    <message>
        <source>Unknown survey.</source>
        <translation>未知的调查类型。</translation>
    </message>
    <message>
        <source>Only a signed sale can be surveyed.</source>
        <translation>只有已签署且仍有效的销售才能进行满意度调查。</translation>
    </message>
    <message>
        <source>No such complaint.</source>
        <translation>没有该投诉。</translation>
    </message>
    <message>
        <source>This complaint is about your own sale: a colleague must ask the client.</source>
        <translation>该投诉涉及您本人的销售，须由其他同事向客户调查。</translation>
    </message>
    <message>
        <source>Survey the client once the complaint is closed.</source>
        <translation>请在投诉办结后再进行满意度调查。</translation>
    </message>
    <message>
        <source>This survey has already been taken.</source>
        <translation>该满意度调查已完成。</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The data folder {folder} is incomplete: one of the database and its key file is missing. Restore it from a backup or contact your support desk.</source>
        <translation>数据文件夹 {folder} 不完整：数据库文件与其密钥文件缺少其中之一。请从备份恢复，或联系技术支持。</translation>
    </message>
    <message>
        <source>Advisor Desk is already open on this computer. Switch to that window.</source>
        <translation>理财顾问工作台已在本机打开，请切换到该窗口。</translation>
    </message>
    <message>
        <source>The suitability rules cannot be used, so no sale can be checked. File: {file}; key: {key}; problem: {problem}. Reinstall Advisor Desk or contact your support desk.</source>
        <translation>适当性规则无法使用，因此无法对任何销售进行检查。文件：{file}；键：{key}；问题：{problem}。请重新安装理财顾问工作台，或联系技术支持。</translation>
    </message>
</context>
<context>
    <name>Assessments</name>
    <message>
        <source>This client has reached the limit of risk assessments (at most {per_day} a day and {per_year} in 12 months). The next assessment is possible from {when}.</source>
        <translation>该客户的风险测评次数已达上限（每天最多 {per_day} 次，12 个月内最多 {per_year} 次）。自 {when} 起方可再次测评。</translation>
    </message>
    <message>
        <source>The level changes from {old} to {new}; the client must confirm the change.</source>
        <translation>风险等级由 {old} 变为 {new}，须由客户确认该变更。</translation>
    </message>
    <message>
        <source>The answers are inconsistent ({codes}). Go back and correct them with the client, or record what the client confirmed.</source>
        <translation>答案存在不一致（{codes}）。请返回与客户一起更正，或记录客户确认的内容。</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Choose the kind of day.</source>
        <translation>请选择日期类型。</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Holiday (no work)</source>
        <translation>节假日（休息）</translation>
    </message>
    <message>
        <source>Worked day (e.g. a weekend made up)</source>
        <translation>上班日（如周末调休上班）</translation>
    </message>
    <message>
        <source>Normal: weekdays worked, weekends off</source>
        <translation>普通：工作日上班，周末休息</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Worked day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Normal day</source>
        <translation>普通日</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>随软件提供</translation>
    </message>
    <message>
        <source>Shipped, changed here</source>
        <translation>随软件提供，已在此修改</translation>
    </message>
    <message>
        <source>Added here</source>
        <translation>在此添加</translation>
    </message>
    <message>
        <source>Holidays and worked days</source>
        <translation>节假日与调休上班日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Make it</source>
        <translation>设为</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>名称（选填）</translation>
    </message>
    <message>
        <source>e.g. 春节 or 国庆节调休上班</source>
        <translation>例如：春节、国庆节调休上班</translation>
    </message>
    <message>
        <source>Save the day</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Complaint deadlines count calendar days and move off weekends and holidays; internal targets count working days. Changes apply to open complaints at once. Add each new year&apos;s official holidays and worked weekends here.</source>
        <translation>投诉处理期限按自然日计算，最后一日为周末或节假日的顺延至下一个工作日；内部目标按工作日计算。修改立即适用于未办结的投诉。每年的法定节假日和调休上班日请在此添加。</translation>
    </message>
    <message>
        <source>Saved: {day} ({weekday}) is now: {kind}.</source>
        <translation>已保存：{day}（{weekday}）现为：{kind}。</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel the sale</source>
        <translation>撤销销售</translation>
    </message>
    <message>
        <source>cooling-off period</source>
        <translation>冷静期</translation>
    </message>
    <message>
        <source>free-look period</source>
        <translation>犹豫期</translation>
    </message>
    <message>
        <source>{client} may cancel {code} {product} ({amount} yuan) until {deadline}, the end of the {period}. Recording the cancellation makes the sale void, records the refund and seals the cancellation confirmation the client signs below.</source>
        <translation>{client} 可在{period}结束前（{deadline}）撤销购买 {code} {product}（{amount} 元）。登记撤销后，本次销售作废，退款予以记录，客户在下方签署的撤销确认书将加盖电子签章。</translation>
    </message>
    <message>
        <source>Refund (yuan)</source>
        <translation>退款金额（元）</translation>
    </message>
    <message>
        <source>Refund payment reference</source>
        <translation>退款流水号</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>撤销原因（选填）</translation>
    </message>
    <message>
        <source>e.g. the transfer&apos;s serial number</source>
        <translation>例如：转账交易流水号</translation>
    </message>
    <message>
        <source>Client&apos;s signature</source>
        <translation>客户签名</translation>
    </message>
    <message>
        <source>The client signs here to cancel</source>
        <translation>客户在此签名以撤销</translation>
    </message>
    <message>
        <source>Record the cancellation</source>
        <translation>登记撤销</translation>
    </message>
    <message>
        <source>Close without cancelling</source>
        <translation>不撤销，关闭</translation>
    </message>
</context>
<context>
    <name>Cancellation</name>
    <message>
        <source>cooling-off period</source>
        <translation>冷静期</translation>
    </message>
    <message>
        <source>free-look period</source>
        <translation>犹豫期</translation>
    </message>
    <message>
        <source>This sale was already cancelled on {time}.</source>
        <translation>该笔销售已于 {time} 撤销。</translation>
    </message>
    <message>
        <source>This sale is already cancelled.</source>
        <translation>该笔销售已撤销。</translation>
    </message>
    <message>
        <source>This product has no cooling-off or free-look period: the sale cannot be cancelled here.</source>
        <translation>该产品没有冷静期或犹豫期，无法在此撤销。</translation>
    </message>
    <message>
        <source>Only a signed sale still in force can be cancelled.</source>
        <translation>只有已签署且仍有效的销售才能撤销。</translation>
    </message>
    <message>
        <source>The {period} ended at {time} (Beijing time): the sale can no longer be cancelled here.</source>
        <translation>{period}已于 {time}（北京时间）结束，无法再在此撤销。</translation>
    </message>
    <message>
        <source>Enter the refund as an amount in yuan.</source>
        <translation>请以元为单位填写退款金额。</translation>
    </message>
    <message>
        <source>The refund must be greater than zero.</source>
        <translation>退款金额必须大于零。</translation>
    </message>
    <message>
        <source>The refund cannot exceed the amount of the sale ({amount}).</source>
        <translation>退款金额不能超过销售金额（{amount}）。</translation>
    </message>
    <message>
        <source>The refund can have at most 2 decimal places (fen).</source>
        <translation>退款金额最多保留两位小数（分）。</translation>
    </message>
    <message>
        <source>Enter the reference of the refund payment.</source>
        <translation>请填写退款流水号。</translation>
    </message>
    <message>
        <source>The reference can have at most {n} characters.</source>
        <translation>流水号最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>The reason can have at most {n} characters.</source>
        <translation>撤销原因最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>Cancellation of case {case}</source>
        <translation>业务 {case} 的撤销确认</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>撤销确认书</translation>
    </message>
    <message>
        <source>This sale has no cancellation confirmation.</source>
        <translation>该笔销售没有撤销确认书。</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Onboarding review</source>
        <translation>客户信息核对</translation>
    </message>
    <message>
        <source>Risk questionnaire</source>
        <translation>风险测评问卷</translation>
    </message>
    <message>
        <source>Product matching</source>
        <translation>产品匹配</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>风险揭示</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Sales case for {name}</source>
        <translation>{name} 的销售业务单</translation>
    </message>
    <message>
        <source>Save and continue ▶</source>
        <translation>保存并继续 ▶</translation>
    </message>
    <message>
        <source>Submit ▶</source>
        <translation>提交 ▶</translation>
    </message>
    <message>
        <source>Choose product ▶</source>
        <translation>选择产品 ▶</translation>
    </message>
    <message>
        <source>Continue to disclosure ▶</source>
        <translation>进入风险揭示 ▶</translation>
    </message>
    <message>
        <source>Record disclosure ▶</source>
        <translation>记录风险揭示 ▶</translation>
    </message>
    <message>
        <source>Sign and seal ▶</source>
        <translation>签署并加盖电子印章 ▶</translation>
    </message>
    <message>
        <source>Draft saved {time}</source>
        <translation>草稿已于 {time} 保存</translation>
    </message>
    <message>
        <source>Draft not saved: {reason}</source>
        <translation>草稿未保存：{reason}</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>This case does not exist or is not yours.</source>
        <translation>该业务不存在，或不归属于您。</translation>
    </message>
    <message>
        <source>This case was saved elsewhere meanwhile; reopen it to continue from there.</source>
        <translation>该业务在此期间已在别处保存，请重新打开后从该处继续。</translation>
    </message>
    <message>
        <source>This case is already matched; its earlier steps cannot change.</source>
        <translation>该业务已完成匹配，之前的步骤不能再更改。</translation>
    </message>
    <message>
        <source>Choose a sales channel.</source>
        <translation>请选择销售渠道。</translation>
    </message>
    <message>
        <source>Only a professional investor may skip the risk questionnaire.</source>
        <translation>只有专业投资者可以跳过风险测评问卷。</translation>
    </message>
    <message>
        <source>Only the client&apos;s newest assessment can be used.</source>
        <translation>只能使用客户最近一次的风险测评。</translation>
    </message>
    <message>
        <source>This assessment has expired; the client must be reassessed.</source>
        <translation>该风险测评已过期，客户须重新测评。</translation>
    </message>
    <message>
        <source>Enter an amount above zero, with at most two decimals.</source>
        <translation>请输入大于零的金额，最多保留两位小数。</translation>
    </message>
    <message>
        <source>Enter the annual premium in yuan, with at most two decimals.</source>
        <translation>请以元为单位输入年缴保费，最多保留两位小数。</translation>
    </message>
    <message>
        <source>Finish the risk assessment step before matching a product.</source>
        <translation>请先完成风险测评步骤，再进行产品匹配。</translation>
    </message>
    <message>
        <source>The client was reassessed after this case took its assessment; go back to the questionnaire step and use the newest one.</source>
        <translation>本业务采用风险测评后，客户已重新测评；请返回风险测评步骤，使用最新的测评结果。</translation>
    </message>
    <message>
        <source>{code} may not be sold to this client:</source>
        <translation>{code} 不得销售给该客户：</translation>
    </message>
    <message>
        <source>This product does not match the client. It may be sold only if the client asked for it on their own initiative; record that first.</source>
        <translation>该产品与客户不匹配。仅当客户主动要求购买时方可销售，请先记录该情况。</translation>
    </message>
    <message>
        <source>This case has no matched product.</source>
        <translation>本业务尚未匹配产品。</translation>
    </message>
    <message>
        <source>{code} is no longer offered; start a new case to choose another product.</source>
        <translation>{code} 已停止销售；请发起新的销售业务并选择其他产品。</translation>
    </message>
    <message>
        <source>Since this case was matched, the decision for {code} has changed ({outcome}); start a new case so the client is matched on current facts.</source>
        <translation>自本业务完成匹配以来，{code} 的适当性判定已发生变化（{outcome}）；请发起新的销售业务，按客户当前信息重新匹配。</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Row {row}, {field}: {message}</source>
        <translation>第 {row} 行，{field}：{message}</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>该文件不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The CSV header lacks the column(s): {columns}.</source>
        <translation>CSV 表头缺少以下列：{columns}。</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {line}).</source>
        <translation>该文件不是有效的 JSON（第 {line} 行）。</translation>
    </message>
    <message>
        <source>A JSON catalog is an object with a &quot;products&quot; list.</source>
        <translation>JSON 格式的产品目录须为包含“products”列表的对象。</translation>
    </message>
    <message>
        <source>Every product must be a JSON object.</source>
        <translation>每个产品都必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>has more than {n} characters</source>
        <translation>超过 {n} 个字符</translation>
    </message>
    <message>
        <source>must be one of {allowed}</source>
        <translation>须为以下值之一：{allowed}</translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to {max}</source>
        <translation>须为 0 至 {max} 之间的整数天数</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>须为 true 或 false</translation>
    </message>
    <message>
        <source>must be 3–20 letters, digits or hyphens</source>
        <translation>须为 3–20 位字母、数字或连字符</translation>
    </message>
    <message>
        <source>an open-ended product needs its lock-up days</source>
        <translation>开放式产品须填写锁定期天数</translation>
    </message>
    <message>
        <source>a closed-end product needs its term in days</source>
        <translation>封闭式产品须填写期限天数</translation>
    </message>
    <message>
        <source>only insurance products are life policies</source>
        <translation>仅保险产品可标记为寿险保单</translation>
    </message>
    <message>
        <source>must list documents drawn from {kinds}</source>
        <translation>须列出所需文件，且只能取自：{kinds}</translation>
    </message>
    <message>
        <source>duplicates row {row}</source>
        <translation>与第 {row} 行重复</translation>
    </message>
    <message>
        <source>This product is not in the catalog.</source>
        <translation>该产品不在产品目录中。</translation>
    </message>
    <message>
        <source>… and {n} more problems.</source>
        <translation>… 另有 {n} 个问题。</translation>
    </message>
    <message>
        <source>Nothing was imported; fix these problems first:</source>
        <translation>未导入任何内容；请先修正以下问题：</translation>
    </message>
    <message>
        <source>The file holds no products.</source>
        <translation>该文件中没有产品。</translation>
    </message>
    <message>
        <source>Choose a rating from R1 to R5.</source>
        <translation>请选择 R1 至 R5 之间的评级。</translation>
    </message>
    <message>
        <source>The product changed meanwhile; reload it and try again.</source>
        <translation>该产品在此期间已被修改，请重新加载后重试。</translation>
    </message>
    <message>
        <source>This notice does not exist or is not yours.</source>
        <translation>该告知事项不存在或不属于您。</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Import a product catalog</source>
        <translation>导入产品目录</translation>
    </message>
    <message>
        <source>Catalogs (*.json *.csv)</source>
        <translation>产品目录 (*.json *.csv)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>产品代码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>产品类型</translation>
    </message>
    <message>
        <source>Issuer rating</source>
        <translation>发行机构评级</translation>
    </message>
    <message>
        <source>Distributor rating</source>
        <translation>销售机构评级</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Minimum (yuan)</source>
        <translation>起购金额（元）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Import catalog…</source>
        <translation>导入产品目录…</translation>
    </message>
    <message>
        <source>Product catalog</source>
        <translation>产品目录</translation>
    </message>
    <message>
        <source>Record rating change</source>
        <translation>记录评级调整</translation>
    </message>
    <message>
        <source>Import and rating-change report</source>
        <translation>导入与评级调整报告</translation>
    </message>
    <message>
        <source>{n} products</source>
        <translation>共 {n} 个产品</translation>
    </message>
    <message>
        <source>Select a product to see its details.</source>
        <translation>请选择一个产品以查看详情。</translation>
    </message>
    <message>
        <source>Issuer: {issuer}</source>
        <translation>发行机构：{issuer}</translation>
    </message>
    <message>
        <source>Sold as {rating} (the higher rating)</source>
        <translation>按 {rating} 销售（孰高原则）</translation>
    </message>
    <message>
        <source>Variety: {v}</source>
        <translation>投资品种：{v}</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <source>Imported: {added} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>导入完成：新增 {added} 个，更新 {updated} 个，未变化 {unchanged} 个。</translation>
    </message>
    <message>
        <source>Nothing was imported. The problems are listed.</source>
        <translation>未导入任何内容，问题已列出。</translation>
    </message>
    <message>
        <source>Clients to notify (their match changed with the new rating):</source>
        <translation>需告知的客户（新评级导致其匹配结果发生变化）：</translation>
    </message>
    <message>
        <source>{client}: {old} → {new}, now {outcome}</source>
        <translation>{client}：{old} → {new}，现为{outcome}</translation>
    </message>
    <message>
        <source>a client (case {case})</source>
        <translation>某客户（业务 {case}）</translation>
    </message>
    <message>
        <source>Rating recorded. No client needs to be notified.</source>
        <translation>评级已记录，无需告知任何客户。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>selftest passed</source>
        <translation>自检通过</translation>
    </message>
    <message>
        <source>selftest FAILED</source>
        <translation>自检失败</translation>
    </message>
    <message>
        <source>Advisor Desk: suitability-first sales workstation.</source>
        <translation>理财顾问工作台：适当性优先的销售工作台。</translation>
    </message>
    <message>
        <source>run the headless self-test and exit</source>
        <translation>运行无界面自检后退出</translation>
    </message>
    <message>
        <source>Create a demo database and run scripted cases into DIR.</source>
        <translation>创建演示数据库，并将脚本化案例输出到 DIR。</translation>
    </message>
    <message>
        <source>folder for the case files</source>
        <translation>案例文件的输出文件夹</translation>
    </message>
    <message>
        <source>number of scripted cases (default 1)</source>
        <translation>脚本化案例的数量（默认 1）</translation>
    </message>
    <message>
        <source>JSON file with the client to use</source>
        <translation>指定所用客户的 JSON 文件</translation>
    </message>
    <message>
        <source>read the demo password from standard input</source>
        <translation>从标准输入读取演示密码</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>至少为 1</translation>
    </message>
    <message>
        <source>advisor-desk: &apos;{command}&apos; is not available in this version.</source>
        <translation>advisor-desk：此版本不支持“{command}”命令。</translation>
    </message>
    <message>
        <source>cannot read {path}: {problem}</source>
        <translation>无法读取 {path}：{problem}</translation>
    </message>
    <message>
        <source>Score a risk questionnaire.</source>
        <translation>对风险测评问卷进行评分。</translation>
    </message>
    <message>
        <source>score an answers file and print the result as JSON</source>
        <translation>对答案文件评分，并以 JSON 格式输出结果</translation>
    </message>
    <message>
        <source>Score an answers file and print the result as JSON.</source>
        <translation>对答案文件评分，并以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>JSON file: {&quot;answers&quot;: {&quot;1&quot;: &quot;A&quot;, …}, &quot;civil_capacity&quot;: &quot;full&quot;}</source>
        <translation>JSON 文件：{&quot;answers&quot;: {&quot;1&quot;: &quot;A&quot;, …}, &quot;civil_capacity&quot;: &quot;full&quot;}</translation>
    </message>
    <message>
        <source>questionnaire id (default: the shipped default questionnaire)</source>
        <translation>问卷 ID（默认：随附的默认问卷）</translation>
    </message>
    <message>
        <source>unknown questionnaire {id}</source>
        <translation>未知问卷 {id}</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>须为 JSON 对象</translation>
    </message>
    <message>
        <source>Decide each client × product line of FILE.jsonl; one JSON decision per line.</source>
        <translation>对 FILE.jsonl 中的每一行“客户 × 产品”进行判定；每行输出一条 JSON 判定结果。</translation>
    </message>
    <message>
        <source>one JSON case per line (&apos;-&apos; reads standard input)</source>
        <translation>每行一个 JSON 业务（“-”表示从标准输入读取）</translation>
    </message>
    <message>
        <source>use this rule pack for every line (default: by product)</source>
        <translation>所有行均使用此规则包（默认：按产品确定）</translation>
    </message>
    <message>
        <source>decide as at this time (default: now; without an offset, Beijing time)</source>
        <translation>以此时间作为判定时点（默认：当前时间；未带时区偏移时按北京时间）</translation>
    </message>
    <message>
        <source>unknown rule pack {name} (known: {known})</source>
        <translation>未知规则包 {name}（已知：{known}）</translation>
    </message>
    <message>
        <source>line {number}: {problem}</source>
        <translation>第 {number} 行：{problem}</translation>
    </message>
    <message>
        <source>line {number}: {field}: {problem}</source>
        <translation>第 {number} 行：{field}：{problem}</translation>
    </message>
    <message>
        <source>not valid JSON: {problem} at column {column}</source>
        <translation>不是有效的 JSON：{problem}（第 {column} 列）</translation>
    </message>
    <message>
        <source>not valid JSON: {problem}</source>
        <translation>不是有效的 JSON：{problem}</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>须为以下值之一：{choices}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>须为 true 或 false</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to {high}</source>
        <translation>须为 0 至 {high} 之间的整数</translation>
    </message>
    <message>
        <source>must not exceed {maximum}</source>
        <translation>不得超过 {maximum}</translation>
    </message>
    <message>
        <source>must be a decimal string such as &quot;100000&quot;</source>
        <translation>须为十进制数字字符串，例如 &quot;100000&quot;</translation>
    </message>
    <message>
        <source>is not an amount</source>
        <translation>不是有效金额</translation>
    </message>
    <message>
        <source>must be a real date written YYYY-MM-DD</source>
        <translation>须为有效日期，格式为 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>must be an ISO date-time such as 2026-03-01T10:00:00+08:00</source>
        <translation>须为 ISO 日期时间，例如 2026-03-01T10:00:00+08:00</translation>
    </message>
    <message>
        <source>must be a year from {low} to {high}</source>
        <translation>须为 {low} 至 {high} 之间的年份</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be a list drawn from {choices}</source>
        <translation>须为列表，取值只能来自：{choices}</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>须为字符串</translation>
    </message>
    <message>
        <source>Check the seal of a PDF pack and that the document is unchanged.</source>
        <translation>验证 PDF 文件包的电子印章，并确认文件未被改动。</translation>
    </message>
    <message>
        <source>the PDF(s) to check</source>
        <translation>要检查的 PDF 文件（可多个）</translation>
    </message>
    <message>
        <source>print the result as one JSON object</source>
        <translation>以单个 JSON 对象输出结果</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>signer: {signer}</source>
        <translation>签署人：{signer}</translation>
    </message>
    <message>
        <source>signed at: {time}</source>
        <translation>签署时间：{time}</translation>
    </message>
    <message>
        <source>certificate: {fingerprint}</source>
        <translation>证书指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>Enroll with head office if asked, then push and pull once.</source>
        <translation>如提供登记码则先向总部登记本设备，然后上传并下载一次。</translation>
    </message>
    <message>
        <source>head-office address</source>
        <translation>总部地址</translation>
    </message>
    <message>
        <source>one-time code</source>
        <translation>一次性登记码</translation>
    </message>
    <message>
        <source>user to sign in as</source>
        <translation>登录用户名</translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation>从标准输入读取密码</translation>
    </message>
    <message>
        <source>required (the user to sign in as)</source>
        <translation>必填（登录用户名）</translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>{user} 的密码：</translation>
    </message>
    <message>
        <source>{folder} holds no Advisor Desk data</source>
        <translation>{folder} 中没有理财顾问工作台的数据</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>The client&apos;s cases</source>
        <translation>客户的销售业务</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Show full number</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Show full ID number</source>
        <translation>显示完整证件号码</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份信息</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Annual income (yuan)</source>
        <translation>年收入（元）</translation>
    </message>
    <message>
        <source>Average annual income, last 3 years (yuan)</source>
        <translation>近三年年均收入（元）</translation>
    </message>
    <message>
        <source>Financial assets (yuan)</source>
        <translation>金融资产（元）</translation>
    </message>
    <message>
        <source>Family financial assets (yuan)</source>
        <translation>家庭金融资产（元）</translation>
    </message>
    <message>
        <source>Family financial net assets (yuan)</source>
        <translation>家庭金融净资产（元）</translation>
    </message>
    <message>
        <source>Years of investment experience</source>
        <translation>投资经验年限</translation>
    </message>
    <message>
        <source>Occupation and finances</source>
        <translation>职业与财务状况</translation>
    </message>
    <message>
        <source>Civil capacity</source>
        <translation>民事行为能力</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>The guardian consents</source>
        <translation>监护人同意</translation>
    </message>
    <message>
        <source>Investor class</source>
        <translation>投资者类别</translation>
    </message>
    <message>
        <source>Capacity and classification</source>
        <translation>民事行为能力与投资者分类</translation>
    </message>
    <message>
        <source>Notice version: {v}</source>
        <translation>告知书版本：{v}</translation>
    </message>
    <message>
        <source>The client separately consents to processing sensitive personal information</source>
        <translation>客户单独同意处理其敏感个人信息</translation>
    </message>
    <message>
        <source>The client separately consents to sharing with product issuers</source>
        <translation>客户单独同意向产品发行机构提供其个人信息</translation>
    </message>
    <message>
        <source>Personal information consents</source>
        <translation>个人信息处理同意</translation>
    </message>
    <message>
        <source>Reload saved version</source>
        <translation>重新加载已保存版本</translation>
    </message>
    <message>
        <source>Back to clients</source>
        <translation>返回客户列表</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Start a sales case</source>
        <translation>发起销售业务</translation>
    </message>
    <message>
        <source>Resume the open case</source>
        <translation>继续办理未完成的业务</translation>
    </message>
    <message>
        <source>{product} — {state} — {time}</source>
        <translation>{product} — {state} — {time}</translation>
    </message>
    <message>
        <source>no product yet</source>
        <translation>尚未选择产品</translation>
    </message>
    <message>
        <source>Risk assessment: none on file.</source>
        <translation>风险测评：无记录。</translation>
    </message>
    <message>
        <source>Risk assessment: {level}, expired on {date}. Reassess before a sale.</source>
        <translation>风险测评：{level}，已于 {date} 过期。销售前须重新测评。</translation>
    </message>
    <message>
        <source>Risk assessment: {level}, valid until {date}.</source>
        <translation>风险测评：{level}，有效期至 {date}。</translation>
    </message>
    <message>
        <source>Expires within 30 days.</source>
        <translation>将在 30 天内到期。</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>{masked} — leave empty to keep</source>
        <translation>{masked}（留空则保持不变）</translation>
    </message>
    <message>
        <source>{kind}: {state} ({version}, {at})</source>
        <translation>{kind}：{state}（{version}，{at}）</translation>
    </message>
    <message>
        <source>Sensitive information</source>
        <translation>敏感个人信息</translation>
    </message>
    <message>
        <source>Sharing with issuers</source>
        <translation>向产品发行机构提供</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Discard what you typed and load the saved version?</source>
        <translation>放弃已输入的内容并加载已保存的版本？</translation>
    </message>
    <message>
        <source>Full ID number: {n} (hidden again in {s} s)</source>
        <translation>完整证件号码：{n}（{s} 秒后再次隐藏）</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>This client does not exist or is not yours.</source>
        <translation>该客户不存在，或不归属于您。</translation>
    </message>
    <message>
        <source>A client with this ID number already exists.</source>
        <translation>已存在相同证件号码的客户。</translation>
    </message>
    <message>
        <source>Someone else saved this client while you were editing it. Your changes are kept in the form; reload to see theirs, then apply yours again.</source>
        <translation>在您编辑期间，其他人已保存了该客户信息。您的修改仍保留在表单中；请重新加载以查看对方的修改，然后再次应用您的修改。</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <source>Name, mobile number, or last 4 ID characters</source>
        <translation>姓名、手机号码或证件号码后 4 位</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Client list</source>
        <translation>客户列表</translation>
    </message>
    <message>
        <source>No client matches.</source>
        <translation>没有匹配的客户。</translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>暂无客户。</translation>
    </message>
    <message>
        <source>{n} shown; scroll for more.</source>
        <translation>已显示 {n} 位；滚动可查看更多。</translation>
    </message>
    <message>
        <source>{n} clients.</source>
        <translation>共 {n} 位客户。</translation>
    </message>
</context>
<context>
    <name>ComplaintIntake</name>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>{product} · {state} · {date}</source>
        <translation>{product} · {state} · {date}</translation>
    </message>
    <message>
        <source>no product yet</source>
        <translation>尚未选择产品</translation>
    </message>
    <message>
        <source>Take a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Find the client</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>Type part of the client&apos;s name</source>
        <translation>输入客户姓名的一部分</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Case complained about</source>
        <translation>被投诉的业务</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>What the client says happened, in their words</source>
        <translation>按客户原话记录事情经过</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>The client must be acknowledged within 24 hours and told the decision within 15 days. Linking the case keeps the advisor who sold it from handling the complaint.</source>
        <translation>须在 24 小时内向客户确认受理，并在 15 日内告知处理决定。关联业务后，销售该业务的理财经理将回避，不能处理本投诉。</translation>
    </message>
    <message>
        <source>Take in</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Take the complaint in</source>
        <translation>登记该投诉</translation>
    </message>
    <message>
        <source>No client of the branch matches</source>
        <translation>本网点没有匹配的客户</translation>
    </message>
    <message>
        <source>No particular case</source>
        <translation>不涉及具体业务</translation>
    </message>
    <message>
        <source>Your role cannot see cases: a service colleague links the case later if the complaint is about one.</source>
        <translation>您的角色无法查看业务：如投诉涉及具体业务，由客服同事稍后关联。</translation>
    </message>
    <message>
        <source>Find and choose the client.</source>
        <translation>请查找并选择客户。</translation>
    </message>
    <message>
        <source>Take a complaint…</source>
        <translation>登记投诉…</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>This complaint is closed; nothing can change.</source>
        <translation>该投诉已办结，不能再作任何更改。</translation>
    </message>
    <message>
        <source>This complaint is about your own sale: a colleague must handle it.</source>
        <translation>该投诉涉及您本人的销售，须由其他同事处理（回避）。</translation>
    </message>
    <message>
        <source>This complaint is assigned to {name}: only they or a supervisor may act on it.</source>
        <translation>该投诉已分派给 {name}：只有其本人或主管可以处理。</translation>
    </message>
    <message>
        <source>At most {n} characters.</source>
        <translation>最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>This complaint is already acknowledged.</source>
        <translation>该投诉已确认受理。</translation>
    </message>
    <message>
        <source>The decision is made; the handler cannot change now.</source>
        <translation>已作出处理决定，不能再更换处理人。</translation>
    </message>
    <message>
        <source>The advisor complained about cannot handle this complaint.</source>
        <translation>被投诉的理财经理不能处理该投诉（回避）。</translation>
    </message>
    <message>
        <source>Choose a service or supervisor colleague of this branch.</source>
        <translation>请选择本网点的客服人员或主管。</translation>
    </message>
    <message>
        <source>This colleague already handles it.</source>
        <translation>该同事已是处理人。</translation>
    </message>
    <message>
        <source>Give the reason for the extension.</source>
        <translation>请填写延期理由。</translation>
    </message>
    <message>
        <source>The decision is made; the period cannot be extended.</source>
        <translation>已作出处理决定，不能再延长处理期限。</translation>
    </message>
    <message>
        <source>The decision period cannot be extended any further.</source>
        <translation>处理期限已不能再延长。</translation>
    </message>
    <message>
        <source>A further extension needs a supervisor&apos;s approval.</source>
        <translation>再次延期须经主管批准。</translation>
    </message>
    <message>
        <source>The decision is already overdue: an extension must be made before the deadline.</source>
        <translation>处理已超期：延期须在期限届满前办理。</translation>
    </message>
    <message>
        <source>Write the decision.</source>
        <translation>请填写处理决定。</translation>
    </message>
    <message>
        <source>Name the root cause.</source>
        <translation>请填写根本原因。</translation>
    </message>
    <message>
        <source>This complaint is already decided.</source>
        <translation>该投诉已作出处理决定。</translation>
    </message>
    <message>
        <source>Acknowledge the complaint first.</source>
        <translation>请先确认受理该投诉。</translation>
    </message>
    <message>
        <source>Choose how the client was informed.</source>
        <translation>请选择告知客户的方式。</translation>
    </message>
    <message>
        <source>The client was already informed.</source>
        <translation>已告知客户处理决定。</translation>
    </message>
    <message>
        <source>Record the decision first.</source>
        <translation>请先登记处理决定。</translation>
    </message>
    <message>
        <source>Inform the client of the decision before closing.</source>
        <translation>办结前请先将处理决定告知客户。</translation>
    </message>
    <message>
        <source>Choose the channel.</source>
        <translation>请选择投诉渠道。</translation>
    </message>
    <message>
        <source>Choose the category.</source>
        <translation>请选择投诉类别。</translation>
    </message>
    <message>
        <source>Describe the complaint in the client&apos;s words.</source>
        <translation>请按客户原话描述投诉内容。</translation>
    </message>
    <message>
        <source>No such client in this branch.</source>
        <translation>本网点没有该客户。</translation>
    </message>
    <message>
        <source>Choose one of this client&apos;s cases.</source>
        <translation>请选择该客户名下的业务。</translation>
    </message>
    <message>
        <source>No such complaint in this branch.</source>
        <translation>本网点没有该投诉。</translation>
    </message>
    <message>
        <source>Choose a list.</source>
        <translation>请选择列表。</translation>
    </message>
    <message>
        <source>Choose a complaint in the list.</source>
        <translation>请在列表中选择一件投诉。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Advisor complained about</source>
        <translation>被投诉理财经理</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Acknowledge by</source>
        <translation>确认受理期限</translation>
    </message>
    <message>
        <source>Decide and inform by</source>
        <translation>作出决定并告知期限</translation>
    </message>
    <message>
        <source>Base 15-day deadline</source>
        <translation>15 日基本期限</translation>
    </message>
    <message>
        <source>Internal target (7 working days)</source>
        <translation>内部目标（7 个工作日）</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>The client&apos;s description</source>
        <translation>客户陈述</translation>
    </message>
    <message>
        <source>History of the complaint</source>
        <translation>投诉处理记录</translation>
    </message>
    <message>
        <source>The client&apos;s words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Receipt acknowledged</source>
        <translation>已确认受理</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分派</translation>
    </message>
    <message>
        <source>Why more time is needed</source>
        <translation>需要延长期限的原因</translation>
    </message>
    <message>
        <source>Reason for an extension</source>
        <translation>延期理由</translation>
    </message>
    <message>
        <source>Extend the period</source>
        <translation>延长处理期限</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理决定</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>登记处理决定</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Client told by</source>
        <translation>告知客户方式</translation>
    </message>
    <message>
        <source>Client told the decision</source>
        <translation>已告知客户处理决定</translation>
    </message>
    <message>
        <source>Close the complaint</source>
        <translation>办结投诉</translation>
    </message>
    <message>
        <source>Satisfaction survey…</source>
        <translation>满意度调查…</translation>
    </message>
    <message>
        <source>{client} ({id}) — {category}</source>
        <translation>{client}（{id}）— {category}</translation>
    </message>
    <message>
        <source>{time} by {name}</source>
        <translation>{time}，{name}</translation>
    </message>
    <message>
        <source>No case linked</source>
        <translation>未关联业务</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>尚未分派</translation>
    </message>
    <message>
        <source>(extension {level} of {most})</source>
        <translation>（第 {level} 次延期，共 {most} 次）</translation>
    </message>
    <message>
        <source>Decision: {resolution}
Root cause: {cause}</source>
        <translation>处理决定：{resolution}
根本原因：{cause}</translation>
    </message>
    <message>
        <source>{due} — done {done}</source>
        <translation>{due} — 已于 {done} 完成</translation>
    </message>
    <message>
        <source>(late)</source>
        <translation>（超期）</translation>
    </message>
    <message>
        <source>Both extensions are used.</source>
        <translation>两次延期均已使用。</translation>
    </message>
    <message>
        <source>A further 30 days need a supervisor&apos;s approval: ask a supervisor.</source>
        <translation>再延长 30 日须经主管批准：请联系主管。</translation>
    </message>
    <message>
        <source>A further 30 days, with your approval.</source>
        <translation>经您批准，可再延长 30 日。</translation>
    </message>
    <message>
        <source>Complex cases: up to 30 days in all.</source>
        <translation>情况复杂的，可延长至 30 日。</translation>
    </message>
    <message>
        <source>Close this complaint? Nothing about it can change afterwards.</source>
        <translation>办结该投诉？办结后不能再作任何更改。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>待确认受理</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已确认受理</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <source>Decided, client not yet told</source>
        <translation>已决定，尚未告知客户</translation>
    </message>
    <message>
        <source>Client informed</source>
        <translation>已告知客户</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Taken in ({channel}, {category})</source>
        <translation>登记受理（{channel}，{category}）</translation>
    </message>
    <message>
        <source>Receipt acknowledged (late)</source>
        <translation>确认受理（超期）</translation>
    </message>
    <message>
        <source>Assigned to {name}</source>
        <translation>分派给 {name}</translation>
    </message>
    <message>
        <source>Extension {level}, decide by {day}: {reason}</source>
        <translation>第 {level} 次延期，处理期限 {day}：{reason}</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>登记处理决定</translation>
    </message>
    <message>
        <source>Client told the decision ({channel})</source>
        <translation>已告知客户处理决定（{channel}）</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>分派给我</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Acknowledge by</source>
        <translation>确认受理期限</translation>
    </message>
    <message>
        <source>Decide by</source>
        <translation>处理期限</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>The complaint is closed. Ask the client how satisfied they are with how it was handled.</source>
        <translation>投诉已办结。请询问客户对本次投诉处理的满意程度。</translation>
    </message>
    <message>
        <source>Which complaints</source>
        <translation>显示哪些投诉</translation>
    </message>
    <message>
        <source>Take a complaint…</source>
        <translation>登记投诉…</translation>
    </message>
    <message>
        <source>Take a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>刷新列表</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>{n} complaints · {overdue} overdue · {today} due today</source>
        <translation>共 {n} 件投诉 · {overdue} 件超期 · {today} 件今日到期</translation>
    </message>
    <message>
        <source>No complaints in this list.</source>
        <translation>此列表中没有投诉。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Resolve a sync conflict</source>
        <translation>处理同步冲突</translation>
    </message>
    <message>
        <source>“{field}” was changed on this device and at head office (or on another device) since they last agreed. Choose the value to keep; the other is replaced everywhere at the next sync.</source>
        <translation>自上次一致以来，“{field}”在本设备和总部（或另一台设备）上都被修改过。请选择要保留的值；下次同步时，另一个值将在各处被替换。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation>修改前的值</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Keep this device&apos;s value: {value}</source>
        <translation>保留本设备的值：{value}</translation>
    </message>
    <message>
        <source>Keep head office&apos;s value: {value}</source>
        <translation>保留总部的值：{value}</translation>
    </message>
    <message>
        <source>Enter another value:</source>
        <translation>输入其他值：</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Advisor Desk ran into a problem</source>
        <translation>理财顾问工作台遇到问题</translation>
    </message>
    <message>
        <source>Something went wrong that should not have. What you saved is safe; the step you were on may not have finished. The details below are in the log as well — copy them for your support desk.</source>
        <translation>发生了本不应出现的错误。您已保存的内容是安全的，但当前正在进行的操作可能未完成。以下详细信息也已记入日志，请复制后提供给技术支持。</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>{sales} (no target)</source>
        <translation>{sales}（未设目标）</translation>
    </message>
    <message>
        <source>Sales (yuan)</source>
        <translation>销售额（元）</translation>
    </message>
    <message>
        <source>Target (yuan)</source>
        <translation>业绩目标（元）</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Cases signed</source>
        <translation>已签署业务数</translation>
    </message>
    <message>
        <source>Cases started</source>
        <translation>已发起业务数</translation>
    </message>
    <message>
        <source>Mismatched sales</source>
        <translation>不匹配销售笔数</translation>
    </message>
    <message>
        <source>Sales signed</source>
        <translation>已签署销售笔数</translation>
    </message>
    <message>
        <source>Sales at the client&apos;s own initiative</source>
        <translation>客户主动购买的销售笔数</translation>
    </message>
    <message>
        <source>Sales with elderly special care</source>
        <translation>老年客户特别关怀的销售笔数</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>受理投诉数</translation>
    </message>
    <message>
        <source>Decided within 15 days</source>
        <translation>15 日内办结数</translation>
    </message>
    <message>
        <source>Complaints decided</source>
        <translation>已作出处理决定的投诉数</translation>
    </message>
    <message>
        <source>Sum of the scores</source>
        <translation>评分合计</translation>
    </message>
    <message>
        <source>Surveys answered</source>
        <translation>有效调查数</translation>
    </message>
    <message>
        <source>Visited on time</source>
        <translation>按时回访数</translation>
    </message>
    <message>
        <source>Return visits falling due</source>
        <translation>到期应回访数</translation>
    </message>
    <message>
        <source>Branch total</source>
        <translation>网点合计</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>理财顾问</translation>
    </message>
    <message>
        <source>{numerator}: {n}
{denominator}: {d}
Double-click for the cases.</source>
        <translation>{numerator}：{n}
{denominator}：{d}
双击查看明细业务。</translation>
    </message>
    <message>
        <source>{numerator}: {n}
{denominator}: {d}
Double-click for the records.</source>
        <translation>{numerator}：{n}
{denominator}：{d}
双击查看明细。</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>发起时间</translation>
    </message>
    <message>
        <source>Assessment expires</source>
        <translation>测评到期时间</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Surveyed</source>
        <translation>调查时间</translation>
    </message>
    <message>
        <source>Visit due by</source>
        <translation>应回访期限</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签署时间</translation>
    </message>
    <message>
        <source>Complaint status</source>
        <translation>投诉状态</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>业务编号</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>是否计入</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>{year} Q{n}</source>
        <translation>{year} 年第 {n} 季度</translation>
    </message>
    <message>
        <source>Saved {rows} rows to {file}.</source>
        <translation>已将 {rows} 行保存至 {file}。</translation>
    </message>
    <message>
        <source>Period type</source>
        <translation>期间类型</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Set target…</source>
        <translation>设置业绩目标…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <source>Branch KPIs</source>
        <translation>网点业绩指标</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Figures per advisor</source>
        <translation>各理财顾问指标</translation>
    </message>
    <message>
        <source>Figure in the chart</source>
        <translation>图表指标</translation>
    </message>
    <message>
        <source>Chart of the figure per advisor</source>
        <translation>各理财顾问的指标图表</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <source>as of {time}</source>
        <translation>数据截至 {time}</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>业绩目标</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>KPIs {period}</source>
        <translation>业绩指标 {period}</translation>
    </message>
    <message>
        <source>Which records</source>
        <translation>显示哪些记录</translation>
    </message>
    <message>
        <source>Clients counted</source>
        <translation>计入的客户</translation>
    </message>
    <message>
        <source>All the advisor&apos;s clients</source>
        <translation>该理财顾问的全部客户</translation>
    </message>
    <message>
        <source>Cases counted</source>
        <translation>计入的业务</translation>
    </message>
    <message>
        <source>All cases in the base</source>
        <translation>统计基数内的全部业务</translation>
    </message>
    <message>
        <source>Records counted</source>
        <translation>计入的记录</translation>
    </message>
    <message>
        <source>All records in the base</source>
        <translation>基数中的全部记录</translation>
    </message>
    <message>
        <source>Records behind the figure</source>
        <translation>指标明细记录</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Showing the first {n} records; there are more.</source>
        <translation>仅显示前 {n} 条记录，另有更多记录未显示。</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>共 {n} 条记录</translation>
    </message>
    <message>
        <source>Monthly sales target</source>
        <translation>月度业绩目标</translation>
    </message>
    <message>
        <source>No target set for this month yet.</source>
        <translation>该月尚未设置业绩目标。</translation>
    </message>
    <message>
        <source>Current target: {amount} yuan</source>
        <translation>当前业绩目标：{amount} 元</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>{folder} holds a real (non-demo) database; the demo will not touch it. Point ADVISOR_DESK_HOME at an empty folder.</source>
        <translation>{folder} 中是真实（非演示）数据库，演示不会改动它。请将 ADVISOR_DESK_HOME 指向一个空文件夹。</translation>
    </message>
    <message>
        <source>advisor-desk demo: warning: using the documented demo password &apos;{password}&apos;; use --password-stdin for another.</source>
        <translation>advisor-desk demo：警告：正在使用文档中公开的演示密码“{password}”；如需其他密码，请使用 --password-stdin。</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Sealing certificate valid until</source>
        <translation>电子印章证书有效期至</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256)</source>
        <translation>证书指纹（SHA-256）</translation>
    </message>
    <message>
        <source>{name} (this device)</source>
        <translation>{name}（本设备）</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>Match a product before the disclosure step.</source>
        <translation>请先完成产品匹配，再进行风险揭示。</translation>
    </message>
    <message>
        <source>{title}: the client must read it to the end.</source>
        <translation>{title}：客户须完整阅读至末尾。</translation>
    </message>
    <message>
        <source>{title} changed since it was shown; show it again.</source>
        <translation>{title} 在展示后已发生变更，请重新展示。</translation>
    </message>
    <message>
        <source>{title}: each key risk must be acknowledged separately ({n} left).</source>
        <translation>{title}：每项重点风险须由客户逐项确认（尚余 {n} 项）。</translation>
    </message>
    <message>
        <source>The client must copy the sentence by hand.</source>
        <translation>客户须亲笔抄录该语句。</translation>
    </message>
    <message>
        <source>Confirm that the client copied the whole sentence themselves.</source>
        <translation>请确认客户已本人亲笔完整抄录整句。</translation>
    </message>
    <message>
        <source>The client must confirm the special risk warning and the investment confirmation.</source>
        <translation>客户须确认特别风险警示书及投资确认书。</translation>
    </message>
    <message>
        <source>Attest that you gave the elderly client the extra explanation.</source>
        <translation>请确认您已向老年客户进行补充说明。</translation>
    </message>
    <message>
        <source>The client must confirm the purchase again after the explanation.</source>
        <translation>补充说明后，客户须再次确认购买。</translation>
    </message>
    <message>
        <source>The client must make the qualified-investor commitment.</source>
        <translation>客户须作出合格投资者承诺。</translation>
    </message>
    <message>
        <source>Attest that you explained the concentration of the client&apos;s assets.</source>
        <translation>请确认您已向客户说明其资产集中度风险。</translation>
    </message>
    <message>
        <source>Attest that you explained whether the premium is affordable.</source>
        <translation>请确认您已向客户说明保费是否在其承受能力范围内。</translation>
    </message>
    <message>
        <source>The recording must cover every point ({n} not ticked).</source>
        <translation>录音录像须覆盖全部要点（尚有 {n} 项未勾选）。</translation>
    </message>
    <message>
        <source>Enter the recording&apos;s reference.</source>
        <translation>请输入录音录像编号。</translation>
    </message>
    <message>
        <source>The recording&apos;s SHA-256 is 64 hexadecimal characters.</source>
        <translation>录音录像文件的 SHA-256 应为 64 位十六进制字符。</translation>
    </message>
    <message>
        <source>This case is not waiting for disclosure.</source>
        <translation>该业务当前不处于风险揭示环节。</translation>
    </message>
    <message>
        <source>Recording file</source>
        <translation>录音录像文件</translation>
    </message>
    <message>
        <source>{title} (version {version})</source>
        <translation>{title}（版本 {version}）</translation>
    </message>
    <message>
        <source>The client acknowledges each key risk:</source>
        <translation>客户逐项确认以下重点风险：</translation>
    </message>
    <message>
        <source>Read to the end ✓</source>
        <translation>已阅读至末尾 ✓</translation>
    </message>
    <message>
        <source>Scroll to the end of the document to continue.</source>
        <translation>请滚动至文件末尾后继续。</translation>
    </message>
    <message>
        <source>Documents and confirmations</source>
        <translation>文件与确认事项</translation>
    </message>
    <message>
        <source>Record the disclosure</source>
        <translation>记录风险揭示</translation>
    </message>
    <message>
        <source>The client copies this sentence by hand:</source>
        <translation>请客户亲笔抄录以下语句：</translation>
    </message>
    <message>
        <source>Client&apos;s handwriting</source>
        <translation>客户亲笔抄录</translation>
    </message>
    <message>
        <source>I attest that the client copied the whole sentence themselves.</source>
        <translation>本人确认客户已亲笔完整抄录整句。</translation>
    </message>
    <message>
        <source>Special risk warning</source>
        <translation>特别风险警示</translation>
    </message>
    <message>
        <source>The client read the special risk warning and signs the investment confirmation.</source>
        <translation>客户已阅读特别风险警示书，并签署投资确认书。</translation>
    </message>
    <message>
        <source>Elderly special care</source>
        <translation>老年客户特别关怀</translation>
    </message>
    <message>
        <source>I gave the extra explanation point by point.</source>
        <translation>本人已逐项进行补充说明。</translation>
    </message>
    <message>
        <source>The client confirms the purchase again.</source>
        <translation>客户再次确认购买。</translation>
    </message>
    <message>
        <source>Qualified-investor commitment</source>
        <translation>合格投资者承诺书</translation>
    </message>
    <message>
        <source>The client makes this commitment.</source>
        <translation>客户作出上述承诺。</translation>
    </message>
    <message>
        <source>I explained this to the client.</source>
        <translation>本人已向客户说明上述事项。</translation>
    </message>
    <message>
        <source>Audio and video recording (双录)</source>
        <translation>同步录音录像（双录）</translation>
    </message>
    <message>
        <source>Recording reference</source>
        <translation>录音录像编号</translation>
    </message>
    <message>
        <source>Recording SHA-256</source>
        <translation>录音录像文件 SHA-256</translation>
    </message>
    <message>
        <source>Compute from the file…</source>
        <translation>从文件计算…</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>确认事项</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>The device&apos;s sealing key or certificate cannot be read.</source>
        <translation>无法读取本设备的电子印章密钥或证书。</translation>
    </message>
    <message>
        <source>The device&apos;s sealing key is of an unsupported type.</source>
        <translation>本设备的电子印章密钥类型不受支持。</translation>
    </message>
    <message>
        <source>The device&apos;s sealing key does not match its certificate.</source>
        <translation>本设备的电子印章密钥与其证书不匹配。</translation>
    </message>
    <message>
        <source>cannot be embedded: {error}</source>
        <translation>无法嵌入：{error}</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>{variable} (not set)</source>
        <translation>{variable}（未设置）</translation>
    </message>
    <message>
        <source>no .ttf or .ttc file</source>
        <translation>没有 .ttf 或 .ttc 文件</translation>
    </message>
    <message>
        <source>fc-match not installed</source>
        <translation>未安装 fc-match</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无结果</translation>
    </message>
    <message>
        <source>No Chinese TrueType font was found, so the PDF documents cannot be produced. Searched: {places}. Install Microsoft YaHei (msyh.ttc) or WenQuanYi Micro Hei, copy a .ttf or .ttc font into {folder}, or set the environment variable {variable} to the path of a Chinese TrueType font. OpenType/CFF fonts (.otf, Noto Sans CJK, Source Han) cannot be embedded.</source>
        <translation>未找到可用的中文 TrueType 字体，无法生成 PDF 文件。已查找：{places}。请安装微软雅黑（msyh.ttc）或文泉驿微米黑，或将 .ttf / .ttc 字体文件复制到 {folder}，或将环境变量 {variable} 设置为中文 TrueType 字体文件的路径。OpenType/CFF 字体（.otf、Noto Sans CJK、思源黑体）无法嵌入。</translation>
    </message>
    <message>
        <source>not a TrueType or OpenType font</source>
        <translation>不是 TrueType 或 OpenType 字体</translation>
    </message>
    <message>
        <source>CFF/OpenType outlines, which cannot be embedded</source>
        <translation>CFF/OpenType 轮廓，无法嵌入</translation>
    </message>
    <message>
        <source>no character map</source>
        <translation>缺少字符映射表</translation>
    </message>
    <message>
        <source>unreadable: {error}</source>
        <translation>无法读取：{error}</translation>
    </message>
    <message>
        <source>has no Chinese characters</source>
        <translation>不含中文字符</translation>
    </message>
    <message>
        <source>Sales documents</source>
        <translation>理财产品销售文件</translation>
    </message>
    <message>
        <source>Case {case_id}</source>
        <translation>业务编号：{case_id}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 / 共 {pages} 页</translation>
    </message>
    <message>
        <source>Generated {time} on {device}</source>
        <translation>生成时间：{time}&#x3000;设备：{device}</translation>
    </message>
    <message>
        <source>Special Risk Warning</source>
        <translation>特别风险警示书</translation>
    </message>
    <message>
        <source>Investment Confirmation</source>
        <translation>投资确认书</translation>
    </message>
    <message>
        <source>Qualified Investor Commitment</source>
        <translation>合格投资者承诺书</translation>
    </message>
    <message>
        <source>Special Care for Elderly Investors</source>
        <translation>老年客户特别关怀</translation>
    </message>
    <message>
        <source>Investor Basic Information Form</source>
        <translation>投资者基本信息表</translation>
    </message>
    <message>
        <source>Institution: {institution}    Advisor: {advisor}</source>
        <translation>销售机构：{institution}&#x3000;&#x3000;理财顾问：{advisor}</translation>
    </message>
    <message>
        <source>Risk Tolerance Assessment Result Notice</source>
        <translation>风险承受能力评估结果告知函</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>所选答案</translation>
    </message>
    <message>
        <source>Questionnaire answers</source>
        <translation>问卷作答情况</translation>
    </message>
    <message>
        <source>Suitability Opinion and Investor Confirmation</source>
        <translation>适当性匹配意见及投资者确认书</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Suitability opinion</source>
        <translation>适当性匹配意见</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>匹配依据</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>销售要求</translation>
    </message>
    <message>
        <source>Investor confirmation</source>
        <translation>投资者确认</translation>
    </message>
    <message>
        <source>Risk Disclosure</source>
        <translation>风险揭示书</translation>
    </message>
    <message>
        <source>{kind} · version {version} · SHA-256 {digest}</source>
        <translation>{kind} · 版本 {version} · SHA-256 {digest}</translation>
    </message>
    <message>
        <source>Key risks</source>
        <translation>重点风险提示</translation>
    </message>
    <message>
        <source>Hand-copied statement</source>
        <translation>投资者手写抄录</translation>
    </message>
    <message>
        <source>Institutional investor: exempt from hand-copying.</source>
        <translation>机构投资者，免于手写抄录。</translation>
    </message>
    <message>
        <source>Sentence to copy: {sentence}</source>
        <translation>抄录内容：{sentence}</translation>
    </message>
    <message>
        <source>Written by {name} on the signature pad</source>
        <translation>{name} 于签名板手写</translation>
    </message>
    <message>
        <source>Recording reference</source>
        <translation>录音录像编号</translation>
    </message>
    <message>
        <source>Recording SHA-256</source>
        <translation>录音录像文件 SHA-256</translation>
    </message>
    <message>
        <source>Point covered</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>Audio and Video Recording Checklist</source>
        <translation>双录（录音录像）要点清单</translation>
    </message>
    <message>
        <source>Points covered in the recording</source>
        <translation>录音录像覆盖要点</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>签署证据</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Read (s)</source>
        <translation>阅读时长（秒）</translation>
    </message>
    <message>
        <source>Documents shown</source>
        <translation>已展示文件</translation>
    </message>
    <message>
        <source>Product prospectus</source>
        <translation>产品说明书</translation>
    </message>
    <message>
        <source>Risk disclosure</source>
        <translation>风险揭示书</translation>
    </message>
    <message>
        <source>Investor rights notice</source>
        <translation>投资者权益须知</translation>
    </message>
    <message>
        <source>Sales contract summary</source>
        <translation>销售合同摘要</translation>
    </message>
    <message>
        <source>Investor&apos;s signature</source>
        <translation>投资者签名</translation>
    </message>
    <message>
        <source>Advisor&apos;s signature</source>
        <translation>理财顾问签名</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>{name}, signed {time}</source>
        <translation>签署人：{name}&#x3000;签署时间：{time}</translation>
    </message>
    <message>
        <source>The document is not sealed: it has no signature.</source>
        <translation>该文件未加盖电子印章：文件中没有签名。</translation>
    </message>
    <message>
        <source>The seal is damaged and cannot be read.</source>
        <translation>电子印章已损坏，无法读取。</translation>
    </message>
    <message>
        <source>The seal is damaged and cannot be checked.</source>
        <translation>电子印章已损坏，无法验证。</translation>
    </message>
    <message>
        <source>The sealed content was altered: it no longer matches the seal.</source>
        <translation>加盖电子印章的内容已被篡改，与电子印章不再一致。</translation>
    </message>
    <message>
        <source>The seal&apos;s signature is not valid.</source>
        <translation>电子印章的签名无效。</translation>
    </message>
    <message>
        <source>The certificate in the seal was altered.</source>
        <translation>电子印章中的证书已被篡改。</translation>
    </message>
    <message>
        <source>The seal contains data that is not part of it.</source>
        <translation>电子印章中含有不属于其本身的数据。</translation>
    </message>
    <message>
        <source>This is not a PDF file.</source>
        <translation>该文件不是 PDF 文件。</translation>
    </message>
    <message>
        <source>The PDF file is damaged and cannot be read ({detail}).</source>
        <translation>PDF 文件已损坏，无法读取（{detail}）。</translation>
    </message>
    <message>
        <source>The PDF file is encrypted and cannot be checked.</source>
        <translation>PDF 文件已加密，无法验证。</translation>
    </message>
    <message>
        <source>The document was changed after it was sealed: {count} later update(s) were appended.</source>
        <translation>文件在加盖电子印章后被修改：其后追加了 {count} 次更新。</translation>
    </message>
    <message>
        <source>The document was changed after it was sealed: data was appended.</source>
        <translation>文件在加盖电子印章后被修改：其后追加了数据。</translation>
    </message>
    <message>
        <source>The seal does not cover the whole document.</source>
        <translation>电子印章未覆盖整个文件。</translation>
    </message>
    <message>
        <source>Bank wealth management product (public)</source>
        <translation>银行理财产品（公募）</translation>
    </message>
    <message>
        <source>Bank wealth management product (private)</source>
        <translation>银行理财产品（私募）</translation>
    </message>
    <message>
        <source>Structured deposit</source>
        <translation>结构性存款</translation>
    </message>
    <message>
        <source>Trust plan</source>
        <translation>信托计划</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Investment-linked insurance</source>
        <translation>投资连结保险</translation>
    </message>
    <message>
        <source>Public fund</source>
        <translation>公募基金</translation>
    </message>
    <message>
        <source>Private fund</source>
        <translation>私募基金</translation>
    </message>
    <message>
        <source>Securities asset management plan</source>
        <translation>证券公司资产管理计划</translation>
    </message>
    <message>
        <source>R1 (low risk)</source>
        <translation>R1（低风险）</translation>
    </message>
    <message>
        <source>R2 (medium-low risk)</source>
        <translation>R2（中低风险）</translation>
    </message>
    <message>
        <source>R3 (medium risk)</source>
        <translation>R3（中风险）</translation>
    </message>
    <message>
        <source>R4 (medium-high risk)</source>
        <translation>R4（中高风险）</translation>
    </message>
    <message>
        <source>R5 (high risk)</source>
        <translation>R5（高风险）</translation>
    </message>
    <message>
        <source>C1 (conservative)</source>
        <translation>C1（保守型）</translation>
    </message>
    <message>
        <source>C2 (cautious)</source>
        <translation>C2（谨慎型）</translation>
    </message>
    <message>
        <source>C3 (balanced)</source>
        <translation>C3（稳健型）</translation>
    </message>
    <message>
        <source>C4 (active)</source>
        <translation>C4（积极型）</translation>
    </message>
    <message>
        <source>C5 (aggressive)</source>
        <translation>C5（激进型）</translation>
    </message>
    <message>
        <source>cash management</source>
        <translation>现金管理类</translation>
    </message>
    <message>
        <source>fixed income</source>
        <translation>固定收益类</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>混合类</translation>
    </message>
    <message>
        <source>equity</source>
        <translation>权益类</translation>
    </message>
    <message>
        <source>futures and derivatives</source>
        <translation>期货和衍生品类</translation>
    </message>
    <message>
        <source>complex or high-risk</source>
        <translation>复杂/高风险类</translation>
    </message>
    <message>
        <source>up to 1 year</source>
        <translation>1 年以内</translation>
    </message>
    <message>
        <source>1 to 5 years</source>
        <translation>1–5 年</translation>
    </message>
    <message>
        <source>no particular limit</source>
        <translation>无特别要求</translation>
    </message>
    <message>
        <source>Suitable: the product matches the client</source>
        <translation>匹配：该产品与投资者相匹配</translation>
    </message>
    <message>
        <source>Not matched: sold only because the client asked for it on their own initiative</source>
        <translation>不匹配：仅因投资者主动要求购买而予以销售</translation>
    </message>
    <message>
        <source>Prohibited</source>
        <translation>禁止销售</translation>
    </message>
    <message>
        <source>Elderly special care</source>
        <translation>老年客户特别关怀</translation>
    </message>
    <message>
        <source>Special risk warning and investment confirmation signed</source>
        <translation>已签署特别风险警示书及投资确认书</translation>
    </message>
    <message>
        <source>Audio and video recording (双录)</source>
        <translation>同步录音录像（双录）</translation>
    </message>
    <message>
        <source>24-hour cooling-off period</source>
        <translation>24 小时冷静期</translation>
    </message>
    <message>
        <source>15-day free-look period</source>
        <translation>15 天犹豫期</translation>
    </message>
    <message>
        <source>Concentration explained: more than half of financial assets</source>
        <translation>已说明集中度：投资金额超过金融资产的一半</translation>
    </message>
    <message>
        <source>Affordability explained: premium above 30% of annual income</source>
        <translation>已说明承受能力：保费超过年收入的 30%</translation>
    </message>
    <message>
        <source>open-ended, redeemable daily</source>
        <translation>开放式，每日可赎回</translation>
    </message>
    <message>
        <source>open-ended, minimum holding {n} days</source>
        <translation>开放式，最短持有期 {n} 天</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>{amount} yuan</source>
        <translation>{amount} 元</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Annual income</source>
        <translation>年收入</translation>
    </message>
    <message>
        <source>Financial assets</source>
        <translation>金融资产</translation>
    </message>
    <message>
        <source>Investment experience</source>
        <translation>投资经验</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>{n} 年</translation>
    </message>
    <message>
        <source>Investor class</source>
        <translation>投资者类别</translation>
    </message>
    <message>
        <source>Professional investor</source>
        <translation>专业投资者</translation>
    </message>
    <message>
        <source>Ordinary investor</source>
        <translation>普通投资者</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>测评得分</translation>
    </message>
    <message>
        <source>Risk tolerance</source>
        <translation>风险承受能力</translation>
    </message>
    <message>
        <source>Investment horizon</source>
        <translation>投资期限</translation>
    </message>
    <message>
        <source>Intended varieties</source>
        <translation>意向投资品种</translation>
    </message>
    <message>
        <source>Assessed at</source>
        <translation>测评时间</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>告知事项</translation>
    </message>
    <message>
        <source>Professional investor: no questionnaire, matched as C5</source>
        <translation>专业投资者：免于填写问卷，按 C5 进行匹配</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>产品类型</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发行机构</translation>
    </message>
    <message>
        <source>Risk rating</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>issuer {issuer}, distributor {distributor}; sold as {risk}</source>
        <translation>发行机构 {issuer}，销售机构 {distributor}；按 {risk} 销售</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Variety</source>
        <translation>投资品种</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>投资金额</translation>
    </message>
    <message>
        <source>Rules applied</source>
        <translation>适用规则</translation>
    </message>
    <message>
        <source>Cancellation Confirmation</source>
        <translation>撤销确认书</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签署时间</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>理财顾问</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>期间届满</translation>
    </message>
    <message>
        <source>Cancelled at</source>
        <translation>撤销时间</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Refund reference</source>
        <translation>退款流水号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>撤销原因</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>I, {client}, cancel my purchase of {product} ({amount}, signed at {signed}) within the {period}, which ends at {deadline}, and ask for the refund of {refund} under reference {reference}.</source>
        <translation>本人 {client} 在{period}（至 {deadline} 届满）内撤销购买 {product}（{amount}，签署于 {signed}），并申请退款 {refund}，退款流水号 {reference}。</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>业务编号</translation>
    </message>
    <message>
        <source>Original pack (SHA-256)</source>
        <translation>原签署文件（SHA-256）</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Seal certificate (SHA-256)</source>
        <translation>电子印章证书指纹（SHA-256）</translation>
    </message>
    <message>
        <source>The sale</source>
        <translation>原销售</translation>
    </message>
    <message>
        <source>The cancellation</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Client&apos;s statement</source>
        <translation>客户声明</translation>
    </message>
    <message>
        <source>cooling-off period</source>
        <translation>冷静期</translation>
    </message>
    <message>
        <source>free-look period</source>
        <translation>犹豫期</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>风险测评问卷</translation>
    </message>
    <message>
        <source>Answers (SHA-256)</source>
        <translation>问卷答案（SHA-256）</translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation>规则包</translation>
    </message>
    <message>
        <source>Matched at</source>
        <translation>匹配时间</translation>
    </message>
    <message>
        <source>Match reasons</source>
        <translation>匹配依据</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Document {kind}</source>
        <translation>文件 {kind}</translation>
    </message>
    <message>
        <source>Signed by {name}</source>
        <translation>{name} 签署</translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation>审计链头哈希</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Export to folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Preview of the signed documents</source>
        <translation>已签署文件预览</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>提交复核</translation>
    </message>
    <message>
        <source>Verify the seal</source>
        <translation>验证印章</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Show the cancellation confirmation</source>
        <translation>查看撤销确认书</translation>
    </message>
    <message>
        <source>Cancel the sale…</source>
        <translation>撤销销售…</translation>
    </message>
    <message>
        <source>Satisfaction survey…</source>
        <translation>满意度调查…</translation>
    </message>
    <message>
        <source>Back to the client</source>
        <translation>返回客户</translation>
    </message>
    <message>
        <source>{name}: sale cancelled</source>
        <translation>{name}：销售已撤销</translation>
    </message>
    <message>
        <source>{name}: signed and sealed</source>
        <translation>{name}：已签署并加盖电子印章</translation>
    </message>
    <message>
        <source>Not yet submitted: give the client their copy, then submit the case for review.</source>
        <translation>尚未提交：请将文件副本交给客户，然后提交复核。</translation>
    </message>
    <message>
        <source>Submitted: waiting for the supervisor.</source>
        <translation>已提交：等待主管复核。</translation>
    </message>
    <message>
        <source>Approved by the supervisor.</source>
        <translation>主管已复核通过。</translation>
    </message>
    <message>
        <source>Returned by the supervisor: a new version of the sale was opened.</source>
        <translation>主管已退回：已为本次销售开启新版本。</translation>
    </message>
    <message>
        <source>Rejected by the supervisor.</source>
        <translation>主管已否决。</translation>
    </message>
    <message>
        <source>Cancelled by the client within the period: the sale is void.</source>
        <translation>客户已在期限内撤销：本次销售作废。</translation>
    </message>
    <message>
        <source>Signed at {time}</source>
        <translation>签署时间：{time}</translation>
    </message>
    <message>
        <source>Shown: the sealed cancellation confirmation.</source>
        <translation>当前显示：已签章的撤销确认书。</translation>
    </message>
    <message>
        <source>File: {name} ({pages} pages)</source>
        <translation>文件：{name}（共 {pages} 页）</translation>
    </message>
    <message>
        <source>SHA-256: {digest}</source>
        <translation>SHA-256：{digest}</translation>
    </message>
    <message>
        <source>Cooling-off until {time}: no sales contact; the client may cancel.</source>
        <translation>冷静期至 {time}：冷静期内不得进行销售联系，客户可取消购买。</translation>
    </message>
    <message>
        <source>Free-look period until {time}.</source>
        <translation>犹豫期至 {time}。</translation>
    </message>
    <message>
        <source>Seal valid: signed by {signer} at {time}; the document is unchanged.</source>
        <translation>电子印章有效：由 {signer} 于 {time} 签署，文件未被改动。</translation>
    </message>
    <message>
        <source>The document is unchanged, but it was sealed by a certificate that is not one of this institution&apos;s devices ({signer}).</source>
        <translation>文件未被改动，但加盖电子印章的证书不属于本机构的设备（{signer}）。</translation>
    </message>
    <message>
        <source>Seal NOT valid: {problem}</source>
        <translation>电子印章无效：{problem}</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>无法写入文件：{reason}</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>已导出至 {path}。</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>Cancelled on {time}: refund {amount} yuan (ref {reference}).</source>
        <translation>已于 {time} 撤销：退款 {amount} 元（流水号 {reference}）。</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>Satisfaction survey: the client declined.</source>
        <translation>满意度调查：客户拒绝回答。</translation>
    </message>
    <message>
        <source>Satisfaction survey: {score} of {high}.</source>
        <translation>满意度调查：{score} 分（满分 {high} 分）。</translation>
    </message>
    <message>
        <source>No contact until {time}: the client is in the cooling-off period, so the satisfaction survey waits until then.</source>
        <translation>{time} 前不得联系客户：客户处于冷静期，满意度调查须待冷静期结束后进行。</translation>
    </message>
    <message>
        <source>Show the signed pack</source>
        <translation>查看签署文件</translation>
    </message>
    <message>
        <source>The stored confirmation does not match the hash recorded at cancellation.</source>
        <translation>存储的撤销确认书与撤销时记录的哈希值不一致。</translation>
    </message>
    <message>
        <source>Ask {name} how satisfied they are with the sale of {product}.</source>
        <translation>请询问 {name} 对本次 {product} 销售服务的满意程度。</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>The file {name} cannot be written: {reason}</source>
        <translation>无法写入文件 {name}：{reason}</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Password rules:</source>
        <translation>密码规则：</translation>
    </message>
</context>
<context>
    <name>HeadOffice</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>Branch and role</source>
        <translation>网点和角色</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>上次成功同步</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>最近的问题</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>同步间隔</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Head-office address</source>
        <translation>总部地址</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>登记码</translation>
    </message>
    <message>
        <source>Enroll this device</source>
        <translation>登记本设备</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>尚未登记</translation>
    </message>
    <message>
        <source>Head office&apos;s questionnaires and rule packs are not in use (the ones in use stay): {problem}</source>
        <translation>总部发布的问卷和规则包未启用（继续使用当前的）：{problem}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Sent {pushed}, received {pulled}; {unsent} left to send, {conflicts} new conflict(s), {rejected} refused.</source>
        <translation>已发送 {pushed} 条，已接收 {pulled} 条；待发送 {unsent} 条，新冲突 {conflicts} 个，被拒绝 {rejected} 条。</translation>
    </message>
    <message>
        <source>A sync is already running; it sends everything.</source>
        <translation>同步正在进行，会发送全部数据。</translation>
    </message>
    <message>
        <source>This device is enrolled with {branch} ({role}). Head office&apos;s sealing certificate (SHA-256 {fingerprint}…, valid until {until}) now seals new documents. The first sync starts now.</source>
        <translation>本设备已在{branch}（{role}）登记。此后新文件使用总部签发的电子印章证书（SHA-256 {fingerprint}…，有效期至 {until}）盖章。首次同步现在开始。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Complaint of {who}: decision overdue since {when}</source>
        <translation>{who} 的投诉：处理决定自 {when} 起已超期</translation>
    </message>
    <message>
        <source>Complaint of {who}: not acknowledged within 24 hours</source>
        <translation>{who} 的投诉：未在 24 小时内确认受理</translation>
    </message>
    <message>
        <source>Complaint of {who}: due today ({when})</source>
        <translation>{who} 的投诉：今日到期（{when}）</translation>
    </message>
    <message>
        <source>Return visit to {who}: overdue since {when}</source>
        <translation>对 {who} 的回访：自 {when} 起已超期</translation>
    </message>
    <message>
        <source>Return visit to {who}: due by {when}</source>
        <translation>对 {who} 的回访：须于 {when} 前完成</translation>
    </message>
    <message>
        <source>Return visit to {who} found a problem: follow it up</source>
        <translation>对 {who} 的回访发现问题：请跟进处理</translation>
    </message>
    <message>
        <source>{who} cases waiting for your review</source>
        <translation>{who} 笔业务待您复核</translation>
    </message>
    <message>
        <source>Returned by your supervisor — {who}: {detail}</source>
        <translation>被主管退回 — {who}：{detail}</translation>
    </message>
    <message>
        <source>Signed, to submit for review — {who}</source>
        <translation>已签署，待提交复核 — {who}</translation>
    </message>
    <message>
        <source>Risk assessment of {who} expires on {when}</source>
        <translation>{who} 的风险测评将于 {when} 到期</translation>
    </message>
    <message>
        <source>{who} — {detail} — saved {when}</source>
        <translation>{who} — {detail} — 保存于 {when}</translation>
    </message>
    <message>
        <source>Welcome, {name}</source>
        <translation>欢迎，{name}</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>角色：{role}</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Take a complaint…</source>
        <translation>登记投诉…</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日待办</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>今日无待办事项。</translation>
    </message>
    <message>
        <source>Clients to notify of a rating change</source>
        <translation>产品评级调整后需告知的客户</translation>
    </message>
    <message>
        <source>The holiday calendar has no public holidays for {who}: complaint deadlines would count them as working days. Add them in Settings → Calendar.</source>
        <translation>节假日日历中没有 {who} 年的法定节假日：投诉期限会把这些日子当作工作日计算。请在“设置 → 日历”中添加。</translation>
    </message>
    <message>
        <source>{who} changes have not reached head office since {when}: connect to the network and sync.</source>
        <translation>自 {when} 起有 {who} 条变更尚未送达总部：请连接网络并同步。</translation>
    </message>
    <message>
        <source>Head office refused {who} change(s): see why in Settings → Head office</source>
        <translation>总部拒绝了 {who} 条变更：原因见“设置 → 总部同步”</translation>
    </message>
    <message>
        <source>{who} sync conflict(s) to resolve: choose which value to keep</source>
        <translation>有 {who} 个同步冲突待处理：请选择要保留的值</translation>
    </message>
    <message>
        <source>Mark the client as told</source>
        <translation>标记为已告知客户</translation>
    </message>
    <message>
        <source>{client}: product risk {old} → {new}, now {outcome}</source>
        <translation>{client}：产品风险 {old} → {new}，现为{outcome}</translation>
    </message>
    <message>
        <source>Clients you can see: {n}</source>
        <translation>您可查看的客户数：{n}</translation>
    </message>
    <message>
        <source>Your role does not work with client records.</source>
        <translation>您的角色不涉及客户档案处理。</translation>
    </message>
</context>
<context>
    <name>Kpis</name>
    <message>
        <source>Enter the target as an amount of yuan.</source>
        <translation>请以元为单位填写业绩目标金额。</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>业绩目标不能为负数。</translation>
    </message>
    <message>
        <source>At most 2 decimal places (fen).</source>
        <translation>最多保留两位小数（分）。</translation>
    </message>
    <message>
        <source>This target is too large.</source>
        <translation>该业绩目标金额过大。</translation>
    </message>
    <message>
        <source>Choose a month as YYYY-MM, e.g. 2026-03.</source>
        <translation>请按 YYYY-MM 格式选择月份，例如 2026-03。</translation>
    </message>
    <message>
        <source>This advisor is not an active advisor of your branch.</source>
        <translation>该理财顾问不是本网点在职的理财顾问。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Mainland travel permit (HK/Macao)</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Mainland travel permit (Taiwan)</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Residence permit (HK/Macao/Taiwan)</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <source>Foreigner&apos;s permanent residence ID</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Full civil capacity</source>
        <translation>完全民事行为能力</translation>
    </message>
    <message>
        <source>Limited civil capacity</source>
        <translation>限制民事行为能力</translation>
    </message>
    <message>
        <source>No civil capacity</source>
        <translation>无民事行为能力</translation>
    </message>
    <message>
        <source>Ordinary investor</source>
        <translation>普通投资者</translation>
    </message>
    <message>
        <source>Professional investor</source>
        <translation>专业投资者</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>理财顾问</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Service staff</source>
        <translation>客服人员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Bank wealth management (public)</source>
        <translation>银行理财（公募）</translation>
    </message>
    <message>
        <source>Bank wealth management (private)</source>
        <translation>银行理财（私募）</translation>
    </message>
    <message>
        <source>Structured deposit</source>
        <translation>结构性存款</translation>
    </message>
    <message>
        <source>Trust plan</source>
        <translation>信托计划</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保险</translation>
    </message>
    <message>
        <source>Investment-linked insurance</source>
        <translation>投资连结保险</translation>
    </message>
    <message>
        <source>Public fund</source>
        <translation>公募基金</translation>
    </message>
    <message>
        <source>Private fund</source>
        <translation>私募基金</translation>
    </message>
    <message>
        <source>Securities asset management</source>
        <translation>券商资管</translation>
    </message>
    <message>
        <source>R1 low</source>
        <translation>R1 低风险</translation>
    </message>
    <message>
        <source>R2 medium-low</source>
        <translation>R2 中低风险</translation>
    </message>
    <message>
        <source>R3 medium</source>
        <translation>R3 中风险</translation>
    </message>
    <message>
        <source>R4 medium-high</source>
        <translation>R4 中高风险</translation>
    </message>
    <message>
        <source>R5 high</source>
        <translation>R5 高风险</translation>
    </message>
    <message>
        <source>C1 conservative</source>
        <translation>C1 保守型</translation>
    </message>
    <message>
        <source>C2 cautious</source>
        <translation>C2 谨慎型</translation>
    </message>
    <message>
        <source>C3 balanced</source>
        <translation>C3 稳健型</translation>
    </message>
    <message>
        <source>C4 active</source>
        <translation>C4 积极型</translation>
    </message>
    <message>
        <source>C5 aggressive</source>
        <translation>C5 激进型</translation>
    </message>
    <message>
        <source>Cash management</source>
        <translation>现金管理类</translation>
    </message>
    <message>
        <source>Fixed income</source>
        <translation>固定收益类</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>混合类</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>权益类</translation>
    </message>
    <message>
        <source>Futures and derivatives</source>
        <translation>期货和衍生品类</translation>
    </message>
    <message>
        <source>Complex or high-risk</source>
        <translation>复杂/高风险类</translation>
    </message>
    <message>
        <source>Up to 1 year</source>
        <translation>1 年以内</translation>
    </message>
    <message>
        <source>1 to 5 years</source>
        <translation>1–5 年</translation>
    </message>
    <message>
        <source>No particular limit</source>
        <translation>无特别要求</translation>
    </message>
    <message>
        <source>In the branch</source>
        <translation>营业网点</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>外拓/上门</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>远程</translation>
    </message>
    <message>
        <source>Suitable</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>Mismatch: client&apos;s own initiative only</source>
        <translation>不匹配：仅限客户主动购买</translation>
    </message>
    <message>
        <source>Prohibited</source>
        <translation>禁止销售</translation>
    </message>
    <message>
        <source>Elderly special care</source>
        <translation>老年客户特别关怀</translation>
    </message>
    <message>
        <source>Special risk warning and investment confirmation</source>
        <translation>特别风险警示书及投资确认书</translation>
    </message>
    <message>
        <source>Audio and video recording (双录)</source>
        <translation>同步录音录像（双录）</translation>
    </message>
    <message>
        <source>24-hour cooling-off period</source>
        <translation>24 小时冷静期</translation>
    </message>
    <message>
        <source>15-day free-look period</source>
        <translation>15 天犹豫期</translation>
    </message>
    <message>
        <source>Explain the concentration: more than half of financial assets</source>
        <translation>说明集中度：投资金额超过金融资产的一半</translation>
    </message>
    <message>
        <source>Explain affordability: premium above 30% of annual income</source>
        <translation>说明承受能力：保费超过年收入的 30%</translation>
    </message>
    <message>
        <source>Onboarding review</source>
        <translation>客户信息核对</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>风险测评</translation>
    </message>
    <message>
        <source>Product matching</source>
        <translation>产品匹配</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation>已揭示</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Open-ended, daily redemption</source>
        <translation>开放式，每日可赎回</translation>
    </message>
    <message>
        <source>Open-ended, {n}-day lock-up</source>
        <translation>开放式，锁定期 {n} 天</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>Warn outcome</source>
        <translation>不匹配警示</translation>
    </message>
    <message>
        <source>Recording incomplete</source>
        <translation>双录不完整</translation>
    </message>
    <message>
        <source>Assessment expired</source>
        <translation>测评已过期</translation>
    </message>
    <message>
        <source>Lowest category</source>
        <translation>最低风险类别</translation>
    </message>
    <message>
        <source>Affordability notice</source>
        <translation>承受能力提示</translation>
    </message>
    <message>
        <source>Co-signed</source>
        <translation>已会签</translation>
    </message>
    <message>
        <source>Returned to the advisor</source>
        <translation>已退回理财顾问</translation>
    </message>
    <message>
        <source>Sales against target</source>
        <translation>业绩目标达成率</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Mismatch rate</source>
        <translation>不匹配率</translation>
    </message>
    <message>
        <source>Override rate</source>
        <translation>不匹配主动购买率</translation>
    </message>
    <message>
        <source>Elderly special-care share</source>
        <translation>老年客户特别关怀占比</translation>
    </message>
    <message>
        <source>Assessments expiring in 30 days</source>
        <translation>30 天内到期的风险测评</translation>
    </message>
    <message>
        <source>Complaints per 1,000 clients</source>
        <translation>每千名客户投诉数</translation>
    </message>
    <message>
        <source>Complaints decided within 15 days</source>
        <translation>15 日内办结率</translation>
    </message>
    <message>
        <source>Mean satisfaction</source>
        <translation>平均满意度</translation>
    </message>
    <message>
        <source>Return visits done on time</source>
        <translation>按时回访率</translation>
    </message>
    <message>
        <source>the event was changed after it was written</source>
        <translation>该事件写入后被修改</translation>
    </message>
    <message>
        <source>the link to the event before it is broken</source>
        <translation>与前一条事件的链接已断开</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Advisor Desk is locked</source>
        <translation>理财顾问工作台已锁定</translation>
    </message>
    <message>
        <source>Signed in as {name} ({user}). Enter your password to continue; what you had typed is kept.</source>
        <translation>当前登录用户：{name}（{user}）。请输入密码以继续；您已输入的内容会保留。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Try again in {s} seconds.</source>
        <translation>请在 {s} 秒后重试。</translation>
    </message>
    <message>
        <source>This account is locked after 10 failed attempts. Ask an administrator to unlock it.</source>
        <translation>该账户因连续 10 次登录失败已被锁定，请联系系统管理员解锁。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {s} seconds.</source>
        <translation>失败次数过多，请在 {s} 秒后重试。</translation>
    </message>
    <message>
        <source>The database could not be opened: it is damaged, or it does not match this folder&apos;s key file. You can restore the latest backup.</source>
        <translation>无法打开数据库：数据库已损坏，或与本文件夹的密钥文件不匹配。您可以恢复最近的备份。</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>该账户已停用。</translation>
    </message>
    <message>
        <source>The recovery code is wrong.</source>
        <translation>恢复码错误。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Advisor Desk — sign in</source>
        <translation>理财顾问工作台 — 登录</translation>
    </message>
    <message>
        <source>Advisor Desk</source>
        <translation>理财顾问工作台</translation>
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
        <source>Forgot password…</source>
        <translation>忘记密码…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Wait {s} s</source>
        <translation>请等待 {s} 秒</translation>
    </message>
    <message>
        <source>Choose a new password to continue.</source>
        <translation>请设置新密码以继续。</translation>
    </message>
    <message>
        <source>No backup is available. Contact your support desk.</source>
        <translation>没有可用的备份，请联系技术支持。</translation>
    </message>
    <message>
        <source>Restore the latest backup ({name})? The damaged database is kept aside, not deleted. Work done after that backup is not in it.</source>
        <translation>是否恢复最近一次备份（{name}）？已损坏的数据库将另行保留，不会被删除。该备份之后完成的工作不包含在其中。</translation>
    </message>
    <message>
        <source>The backup was restored. Sign in again.</source>
        <translation>备份已恢复，请重新登录。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>advisor-desk: no display found; the GUI needs one. Headless, use &apos;advisor-desk --selftest&apos; or &apos;advisor-desk demo --out DIR&apos;.</source>
        <translation>advisor-desk：未检测到显示器，图形界面无法运行。在无界面环境中，请使用“advisor-desk --selftest”或“advisor-desk demo --out DIR”。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Advisor Desk</source>
        <translation>理财顾问工作台</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>业绩指标</translation>
    </message>
    <message>
        <source>After the sale</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Verify a PDF…</source>
        <translation>验证 PDF 文件…</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <source>The complaint was taken in.</source>
        <translation>投诉已登记。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>MatchSummary</name>
    <message>
        <source>Back to the client</source>
        <translation>返回客户</translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name}：{state}</translation>
    </message>
    <message>
        <source>This case has no matching decision.</source>
        <translation>该业务尚无匹配判定。</translation>
    </message>
    <message>
        <source>Product: {code}</source>
        <translation>产品：{code}</translation>
    </message>
    <message>
        <source>Amount: {amount} yuan</source>
        <translation>金额：{amount} 元</translation>
    </message>
    <message>
        <source>Outcome: {outcome} (product risk {risk})</source>
        <translation>匹配结果：{outcome}（产品风险 {risk}）</translation>
    </message>
    <message>
        <source>Matched at {time}</source>
        <translation>匹配时间：{time}</translation>
    </message>
    <message>
        <source>Recorded: the client asked for this product on their own initiative.</source>
        <translation>已记录：客户主动要求购买该产品。</translation>
    </message>
    <message>
        <source>Before signing, the sale requires:</source>
        <translation>签署前，本次销售须完成：</translation>
    </message>
    <message>
        <source>The decision and the facts it was made on are stored and can no longer change.</source>
        <translation>判定结果及其所依据的信息已保存，不可再更改。</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <source>Sales channel</source>
        <translation>销售渠道</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Annual premium (insurance, yuan)</source>
        <translation>年缴保费（保险，元）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>产品类型</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Risk rating</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>All ratings</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Any term</source>
        <translation>不限期限</translation>
    </message>
    <message>
        <source>Up to 1 year</source>
        <translation>1 年以内</translation>
    </message>
    <message>
        <source>1 to 5 years</source>
        <translation>1–5 年</translation>
    </message>
    <message>
        <source>Over 5 years</source>
        <translation>5 年以上</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>匹配结果</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>Products and their suitability</source>
        <translation>产品及适当性匹配结果</translation>
    </message>
    <message>
        <source>The client asked for this product on their own initiative; I did not recommend it</source>
        <translation>客户主动要求购买该产品，本人未作推荐</translation>
    </message>
    <message>
        <source>Choose this product</source>
        <translation>选择该产品</translation>
    </message>
    <message>
        <source>{name}: professional investor, matched as C5 without a questionnaire.</source>
        <translation>{name}：专业投资者，无需填写问卷，按 C5 进行匹配。</translation>
    </message>
    <message>
        <source>{name}: {level}, horizon {horizon}, intends {varieties}; assessment valid until {date}.</source>
        <translation>{name}：{level}，投资期限 {horizon}，意向品种 {varieties}；风险测评有效期至 {date}。</translation>
    </message>
    <message>
        <source>Select a product to see its decision.</source>
        <translation>请选择一个产品以查看判定结果。</translation>
    </message>
    <message>
        <source>Issuer: {issuer}</source>
        <translation>发行机构：{issuer}</translation>
    </message>
    <message>
        <source>Rating: issuer {issuer}, distributor {distributor}; sold as {effective}</source>
        <translation>评级：发行机构 {issuer}，销售机构 {distributor}；按 {effective} 销售</translation>
    </message>
    <message>
        <source>Term: {term}; variety: {variety}</source>
        <translation>期限：{term}；品种：{variety}</translation>
    </message>
    <message>
        <source>Rules: {pack} ({regime})</source>
        <translation>适用规则：{pack}（{regime}）</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>匹配结果：{outcome}</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>The sale requires:</source>
        <translation>本次销售须完成：</translation>
    </message>
    <message>
        <source>Enter the amount to check the minimum and affordability.</source>
        <translation>请输入金额，以检查起购金额和财务承受能力。</translation>
    </message>
    <message>
        <source>A prohibited product cannot be chosen.</source>
        <translation>禁止销售的产品不能选择。</translation>
    </message>
    <message>
        <source>Enter the amount the client will invest.</source>
        <translation>请输入客户拟投资的金额。</translation>
    </message>
</context>
<context>
    <name>MatchingModel</name>
    <message>
        <source>Code</source>
        <translation>产品代码</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>匹配结果</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Minimum (yuan)</source>
        <translation>起购金额（元）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>产品类型</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Advisor Desk</source>
        <translation>理财顾问工作台</translation>
    </message>
</context>
<context>
    <name>PasswordDialogs</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own.</source>
        <translation>您的密码由系统管理员设置，请设置您自己的密码。</translation>
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
        <source>Repeat new password</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>Recover access</source>
        <translation>恢复访问</translation>
    </message>
    <message>
        <source>Enter the recovery code written down at setup, the user whose password is forgotten, and a new password for them. This is recorded in the audit trail.</source>
        <translation>请输入初始化时记下的恢复码、忘记密码的用户名，以及为该用户设置的新密码。此操作将记入审计日志。</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>The new password is set. Sign in with it.</source>
        <translation>新密码已设置，请使用新密码登录。</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>At least {n} characters.</source>
        <translation>至少 {n} 个字符。</translation>
    </message>
    <message>
        <source>Letters and digits both.</source>
        <translation>须同时包含字母和数字。</translation>
    </message>
    <message>
        <source>Must not contain the user name.</source>
        <translation>不得包含用户名。</translation>
    </message>
    <message>
        <source>The password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>The password needs both letters and digits.</source>
        <translation>密码须同时包含字母和数字。</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>密码不得包含用户名。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Your role ({role}) may not do this: {permission}.</source>
        <translation>您的角色（{role}）无权执行此操作：{permission}。</translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>There is no question {key}.</source>
        <translation>不存在题目 {key}。</translation>
    </message>
    <message>
        <source>Question {number} is not answered.</source>
        <translation>第 {number} 题未作答。</translation>
    </message>
    <message>
        <source>Question {number} takes one answer.</source>
        <translation>第 {number} 题只能选择一个答案。</translation>
    </message>
    <message>
        <source>Question {number} has no option {letter}.</source>
        <translation>第 {number} 题没有选项 {letter}。</translation>
    </message>
    <message>
        <source>Civil capacity is one of full, limited or none.</source>
        <translation>民事行为能力须为 full（完全）、limited（限制）或 none（无）之一。</translation>
    </message>
    <message>
        <source>A C1 result needs the answer to the civil-capacity question.</source>
        <translation>测评结果为 C1 时，须回答民事行为能力问题。</translation>
    </message>
    <message>
        <source>Use this assessment</source>
        <translation>使用此次测评</translation>
    </message>
    <message>
        <source>Take the questionnaire</source>
        <translation>填写问卷</translation>
    </message>
    <message>
        <source>Skip: professional investor (treated as C5)</source>
        <translation>跳过：专业投资者（视为 C5）</translation>
    </message>
    <message>
        <source>Risk tolerance assessment</source>
        <translation>风险承受能力测评</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一题</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一题 ▶</translation>
    </message>
    <message>
        <source>(choose all that apply)</source>
        <translation>（可多选）</translation>
    </message>
    <message>
        <source>What the client confirmed about the inconsistencies</source>
        <translation>客户对不一致之处的确认内容</translation>
    </message>
    <message>
        <source>The client confirms the change of risk level</source>
        <translation>客户确认风险等级变更</translation>
    </message>
    <message>
        <source>Submit the assessment</source>
        <translation>提交测评</translation>
    </message>
    <message>
        <source>Back to the answers</source>
        <translation>返回答题</translation>
    </message>
    <message>
        <source>Assessment result (for the advisor)</source>
        <translation>测评结果（供理财顾问查看）</translation>
    </message>
    <message>
        <source>The client has no risk assessment yet.</source>
        <translation>该客户尚无风险测评记录。</translation>
    </message>
    <message>
        <source>valid until {date}</source>
        <translation>有效期至 {date}</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>已于 {date} 过期</translation>
    </message>
    <message>
        <source>It expires within 30 days.</source>
        <translation>将在 30 天内到期。</translation>
    </message>
    <message>
        <source>Latest assessment: {level} (score {score}), taken {date}, {state}.</source>
        <translation>最近一次测评：{level}（{score} 分），测评日期 {date}，{state}。</translation>
    </message>
    <message>
        <source>Question {n} of {total}</source>
        <translation>第 {n} 题，共 {total} 题</translation>
    </message>
    <message>
        <source>One more question</source>
        <translation>补充问题</translation>
    </message>
    <message>
        <source>Score: {score} of 100</source>
        <translation>得分：{score} 分（满分 100）</translation>
    </message>
    <message>
        <source>Risk level: {level}</source>
        <translation>风险等级：{level}</translation>
    </message>
    <message>
        <source>Investment horizon: {h}</source>
        <translation>投资期限：{h}</translation>
    </message>
    <message>
        <source>Intended varieties: {v}</source>
        <translation>意向投资品种：{v}</translation>
    </message>
    <message>
        <source>Lowest risk category: only R1 products may be offered.</source>
        <translation>风险承受能力最低类别：仅可提供 R1 产品。</translation>
    </message>
    <message>
        <source>Previous level: {old}. The client must confirm the change.</source>
        <translation>原风险等级：{old}。客户须确认该变更。</translation>
    </message>
    <message>
        <source>Inconsistent answers — correct them with the client, or record what the client confirmed:</source>
        <translation>答案存在不一致——请与客户一起更正，或记录客户确认的内容：</translation>
    </message>
</context>
<context>
    <name>ReturnVisits</name>
    <message>
        <source>This sale is no longer in force (cancelled, returned or rejected): it gets no return visit.</source>
        <translation>该业务已失效（已撤销、退回或拒绝），无需回访。</translation>
    </message>
    <message>
        <source>This case needs no return visit.</source>
        <translation>该业务无需回访。</translation>
    </message>
    <message>
        <source>This case&apos;s return visit is already done.</source>
        <translation>该业务已完成回访。</translation>
    </message>
    <message>
        <source>The selling advisor may not do the return visit: a colleague must call.</source>
        <translation>销售人员本人不得进行回访，请由其他同事回访。</translation>
    </message>
    <message>
        <source>Choose the visit&apos;s outcome.</source>
        <translation>请选择回访结果。</translation>
    </message>
    <message>
        <source>Not a point of the checklist: {point}.</source>
        <translation>不是回访要点：{point}。</translation>
    </message>
    <message>
        <source>Not confirmed yet: “{point}”. Every point must be confirmed; otherwise record the problem.</source>
        <translation>尚未确认：“{point}”。须逐项确认；否则请记录发现的问题。</translation>
    </message>
    <message>
        <source>At most {n} characters.</source>
        <translation>最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>Describe the problem the client raised.</source>
        <translation>请描述客户反映的问题。</translation>
    </message>
    <message>
        <source>Choose where the problem goes: a complaint or the supervisor.</source>
        <translation>请选择问题的处理方式：登记投诉或转主管。</translation>
    </message>
    <message>
        <source>Only a problem is escalated.</source>
        <translation>只有发现问题时才需转办。</translation>
    </message>
    <message>
        <source>Say what was done about the problem.</source>
        <translation>请说明对该问题采取的处理措施。</translation>
    </message>
    <message>
        <source>No problem from a return visit waits for this.</source>
        <translation>没有待跟进的回访问题。</translation>
    </message>
    <message>
        <source>This problem is already followed up.</source>
        <translation>该问题已跟进。</translation>
    </message>
</context>
<context>
    <name>ReturnVisitsTab</name>
    <message>
        <source>Return visits</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Private products and sales with a warning or special care are called after any cooling-off period, by someone who did not sell them.</source>
        <translation>私募产品及有风险警示或特别关注的业务，须在冷静期结束后由非销售人员回访。</translation>
    </message>
    <message>
        <source>Return visits to make</source>
        <translation>待回访业务</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Sold by</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>Call by</source>
        <translation>回访截止</translation>
    </message>
    <message>
        <source>Unanswered calls</source>
        <translation>未接通次数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Open the call</source>
        <translation>开始回访</translation>
    </message>
    <message>
        <source>Open the selected return visit</source>
        <translation>打开所选回访</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Refresh the return-visit queue</source>
        <translation>刷新回访队列</translation>
    </message>
    <message>
        <source>You sold this: a colleague calls</source>
        <translation>本人销售：由同事回访</translation>
    </message>
    <message>
        <source>The selling advisor may not do the return visit.</source>
        <translation>销售人员本人不得进行回访。</translation>
    </message>
    <message>
        <source>Return visit recorded for {name}: everything confirmed.</source>
        <translation>已记录 {name} 的回访：各项均已确认。</translation>
    </message>
    <message>
        <source>No answer from {name}: the visit stays in the queue.</source>
        <translation>{name} 未接通：该回访保留在队列中。</translation>
    </message>
    <message>
        <source>Problem recorded for {name}; a complaint was opened.</source>
        <translation>已记录 {name} 的问题，并已登记投诉。</translation>
    </message>
    <message>
        <source>Problem recorded for {name}; the supervisor will follow it up.</source>
        <translation>已记录 {name} 的问题，将由主管跟进。</translation>
    </message>
    <message>
        <source>No contact until {time}</source>
        <translation>{time} 前不得联系</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Only a signed case can be submitted for review.</source>
        <translation>只有已签署的业务才能提交复核。</translation>
    </message>
    <message>
        <source>Choose a queue.</source>
        <translation>请选择队列。</translation>
    </message>
    <message>
        <source>This case is not waiting for review (it is {state}).</source>
        <translation>该业务不在待复核状态（当前状态：{state}）。</translation>
    </message>
    <message>
        <source>This is your own sale: another supervisor must review it.</source>
        <translation>这是您本人的销售业务，须由其他主管复核。</translation>
    </message>
    <message>
        <source>This case has a warning or special-care flag: co-sign it before approving.</source>
        <translation>该业务带有警示或特别关怀标记：请先会签，再予通过。</translation>
    </message>
    <message>
        <source>This case is already co-signed.</source>
        <translation>该业务已会签。</translation>
    </message>
    <message>
        <source>This case needs no co-sign.</source>
        <translation>该业务无需会签。</translation>
    </message>
    <message>
        <source>Give the reason for rejecting the case.</source>
        <translation>请填写拒绝该业务的理由。</translation>
    </message>
    <message>
        <source>Tell the advisor what to correct.</source>
        <translation>请告知理财顾问需要更正的内容。</translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message>
        <source>Decision</source>
        <translation>复核决定</translation>
    </message>
    <message>
        <source>Supervisor&apos;s co-sign</source>
        <translation>主管会签</translation>
    </message>
    <message>
        <source>Co-sign</source>
        <translation>会签</translation>
    </message>
    <message>
        <source>Co-sign the case</source>
        <translation>会签本业务</translation>
    </message>
    <message>
        <source>Comment (required to return or reject)</source>
        <translation>意见（退回或拒绝时必填）</translation>
    </message>
    <message>
        <source>Comment for the advisor</source>
        <translation>给理财顾问的意见</translation>
    </message>
    <message>
        <source>What the advisor should correct, or why the case is rejected</source>
        <translation>需理财顾问更正的内容，或拒绝的理由</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Approve the case</source>
        <translation>通过本业务</translation>
    </message>
    <message>
        <source>Return to advisor</source>
        <translation>退回理财顾问</translation>
    </message>
    <message>
        <source>Return the case to the advisor</source>
        <translation>将本业务退回理财顾问</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Reject the case</source>
        <translation>拒绝本业务</translation>
    </message>
    <message>
        <source>Co-sign first</source>
        <translation>请先会签</translation>
    </message>
    <message>
        <source>This case is {state}: no decision is open.</source>
        <translation>本业务状态为“{state}”：无待作出的决定。</translation>
    </message>
    <message>
        <source>Approval needs your co-sign first: this case has a warning or special-care flag. Sign on the pad and press Co-sign.</source>
        <translation>通过前须先由您会签：本业务带有不匹配警示或老年客户特别关怀标记。请在签名板上签名后点击“会签”。</translation>
    </message>
    <message>
        <source>Co-signed. You may approve, return or reject the case.</source>
        <translation>已会签。您可以通过、退回或拒绝本业务。</translation>
    </message>
    <message>
        <source>Approve the case, return it to the advisor, or reject it.</source>
        <translation>请通过本业务、退回理财顾问或予以拒绝。</translation>
    </message>
    <message>
        <source>Co-signed.</source>
        <translation>已会签。</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>已通过。</translation>
    </message>
    <message>
        <source>Returned: the advisor finds the new version on their home screen.</source>
        <translation>已退回：理财顾问可在其首页看到新版本。</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>已拒绝。</translation>
    </message>
    <message>
        <source>← Back to the queue</source>
        <translation>← 返回复核队列</translation>
    </message>
    <message>
        <source>Back to the review queue</source>
        <translation>返回复核队列</translation>
    </message>
    <message>
        <source>Review flags</source>
        <translation>复核标记</translation>
    </message>
    <message>
        <source>Loading the case…</source>
        <translation>正在加载业务…</translation>
    </message>
    <message>
        <source>ID {id} · Advisor {advisor} · Amount {amount} yuan · {state}</source>
        <translation>证件 {id} · 理财顾问 {advisor} · 金额 {amount} 元 · {state}</translation>
    </message>
    <message>
        <source>Started {created} · Signed {signed} · Submitted {submitted}</source>
        <translation>发起 {created} · 签署 {signed} · 提交 {submitted}</translation>
    </message>
    <message>
        <source> · Decided {time}</source>
        <translation> · 决定 {time}</translation>
    </message>
    <message>
        <source>Case {case_id}</source>
        <translation>业务编号 {case_id}</translation>
    </message>
    <message>
        <source>New version: supersedes the returned case {case_id}</source>
        <translation>新版本：取代已退回的业务 {case_id}</translation>
    </message>
    <message>
        <source>Approve the case of {client}? The decision is final.</source>
        <translation>通过 {client} 的业务？该决定不可撤销。</translation>
    </message>
    <message>
        <source>Return the case of {client} to {advisor}? A new version opens for them to redo; this one ends as returned.</source>
        <translation>将 {client} 的业务退回给 {advisor}？系统将新建一个版本供其重新办理，本版本以“已退回”结束。</translation>
    </message>
    <message>
        <source>Reject the case of {client}? The decision is final.</source>
        <translation>拒绝 {client} 的业务？该决定不可撤销。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No flags</source>
        <translation>无标记</translation>
    </message>
    <message>
        <source>Seal verification result</source>
        <translation>电子印章验证结果</translation>
    </message>
    <message>
        <source>Preview of the sealed PDF</source>
        <translation>签章 PDF 预览</translation>
    </message>
    <message>
        <source>This case has no sealed PDF.</source>
        <translation>本业务没有签章 PDF。</translation>
    </message>
    <message>
        <source>File: {name} ({kb} KB)</source>
        <translation>文件：{name}（{kb} KB）</translation>
    </message>
    <message>
        <source>SHA-256 recorded at signing: {digest}</source>
        <translation>签署时记录的 SHA-256：{digest}</translation>
    </message>
    <message>
        <source>Verifying the seal…</source>
        <translation>正在验证电子印章…</translation>
    </message>
    <message>
        <source>Seal valid: sealed by {signer} at {time}; the document is unchanged.</source>
        <translation>电子印章有效：由 {signer} 于 {time} 加盖，文件未被改动。</translation>
    </message>
    <message>
        <source>The document is unchanged, but it was sealed by a certificate that is not one of this institution&apos;s devices ({signer}).</source>
        <translation>文件未被改动，但加盖印章的证书不属于本机构的设备（{signer}）。</translation>
    </message>
    <message>
        <source>Seal NOT valid: {problem}</source>
        <translation>电子印章无效：{problem}</translation>
    </message>
    <message>
        <source>Hand-copied sentence</source>
        <translation>亲笔抄录语句</translation>
    </message>
    <message>
        <source>Special risk warning</source>
        <translation>特别风险警示</translation>
    </message>
    <message>
        <source>Investment confirmation</source>
        <translation>投资确认书</translation>
    </message>
    <message>
        <source>Purchase on the client&apos;s own initiative</source>
        <translation>客户主动购买声明</translation>
    </message>
    <message>
        <source>Elderly special care</source>
        <translation>老年客户特别关怀</translation>
    </message>
    <message>
        <source>Qualified investor commitment</source>
        <translation>合格投资者承诺</translation>
    </message>
    <message>
        <source>Concentration explained</source>
        <translation>已说明资产集中度</translation>
    </message>
    <message>
        <source>Premium affordability explained</source>
        <translation>已说明保费承受能力</translation>
    </message>
    <message>
        <source>Audio and video recording (双录)</source>
        <translation>同步录音录像（双录）</translation>
    </message>
    <message>
        <source>Case started</source>
        <translation>发起业务</translation>
    </message>
    <message>
        <source>Onboarding confirmed</source>
        <translation>确认客户信息</translation>
    </message>
    <message>
        <source>Risk assessment submitted</source>
        <translation>提交风险测评</translation>
    </message>
    <message>
        <source>Assessment used for the case</source>
        <translation>业务采用风险测评</translation>
    </message>
    <message>
        <source>Product matched</source>
        <translation>完成产品匹配</translation>
    </message>
    <message>
        <source>Disclosure recorded</source>
        <translation>记录风险揭示</translation>
    </message>
    <message>
        <source>Signed and sealed</source>
        <translation>签署并加盖电子印章</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>提交复核</translation>
    </message>
    <message>
        <source>Co-signed by the supervisor</source>
        <translation>主管会签</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Returned to the advisor</source>
        <translation>已退回理财顾问</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>销售业务</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>风险测评</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>理财顾问</translation>
    </message>
    <message>
        <source>Case record</source>
        <translation>业务记录</translation>
    </message>
    <message>
        <source>Client and sale</source>
        <translation>客户与交易</translation>
    </message>
    <message>
        <source>Matching decision</source>
        <translation>适当性匹配结果</translation>
    </message>
    <message>
        <source>Documents shown</source>
        <translation>已展示文件</translation>
    </message>
    <message>
        <source>Attestations</source>
        <translation>确认事项</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Decisions so far</source>
        <translation>已作出的决定</translation>
    </message>
    <message>
        <source>Audit trail of the case</source>
        <translation>本业务的审计记录</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Audit chain verification</source>
        <translation>审计链验证</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>风险揭示</translation>
    </message>
    <message>
        <source>Sealed PDF</source>
        <translation>签章 PDF</translation>
    </message>
    <message>
        <source>Decisions and audit trail</source>
        <translation>决定与审计记录</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>Version {version} · read for {seconds} s · to the end: {end} · risks acknowledged {acknowledged} / {total}</source>
        <translation>版本 {version} · 阅读 {seconds} 秒 · 读至末尾：{end} · 已确认风险 {acknowledged} / {total}</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>{name}, signed at {time}</source>
        <translation>{name}，签署于 {time}</translation>
    </message>
    <message>
        <source>Signature ink</source>
        <translation>签名笔迹</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>{name} at {time}</source>
        <translation>{name}，{time}</translation>
    </message>
    <message>
        <source>Co-sign ink</source>
        <translation>会签笔迹</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Civil capacity</source>
        <translation>民事行为能力</translation>
    </message>
    <message>
        <source>Investor class</source>
        <translation>投资者类别</translation>
    </message>
    <message>
        <source>Financial assets (yuan)</source>
        <translation>金融资产（元）</translation>
    </message>
    <message>
        <source>Annual income (yuan)</source>
        <translation>年收入（元）</translation>
    </message>
    <message>
        <source>Investment experience (years)</source>
        <translation>投资经验（年）</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Annual premium (yuan)</source>
        <translation>年缴保费（元）</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>销售渠道</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>风险测评</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Lowest category</source>
        <translation>最低风险类别</translation>
    </message>
    <message>
        <source>Investment horizon</source>
        <translation>投资期限</translation>
    </message>
    <message>
        <source>Intended varieties</source>
        <translation>投资品种意向</translation>
    </message>
    <message>
        <source>Assessed at</source>
        <translation>测评时间</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>问卷</translation>
    </message>
    <message>
        <source>Questionnaire hash</source>
        <translation>问卷哈希</translation>
    </message>
    <message>
        <source>Answers hash</source>
        <translation>答案哈希</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>产品匹配</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>匹配结果</translation>
    </message>
    <message>
        <source>Effective product risk</source>
        <translation>产品适用风险等级</translation>
    </message>
    <message>
        <source>Client&apos;s own initiative</source>
        <translation>客户主动购买</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>None: every rule passed</source>
        <translation>无：全部规则均已通过</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>须办理</translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation>规则包</translation>
    </message>
    <message>
        <source>Matched at</source>
        <translation>匹配时间</translation>
    </message>
    <message>
        <source>Rule pack hash</source>
        <translation>规则包哈希</translation>
    </message>
    <message>
        <source>Recorded at {time}</source>
        <translation>记录于 {time}</translation>
    </message>
    <message>
        <source>Reference: {ref}</source>
        <translation>编号：{ref}</translation>
    </message>
    <message>
        <source>SHA-256: {digest}</source>
        <translation>SHA-256：{digest}</translation>
    </message>
    <message>
        <source>Advisor attests: {v}</source>
        <translation>理财顾问确认：{v}</translation>
    </message>
    <message>
        <source>Client reconfirmed: {v}</source>
        <translation>客户再次确认：{v}</translation>
    </message>
    <message>
        <source>Hand-copied ink</source>
        <translation>亲笔抄录笔迹</translation>
    </message>
    <message>
        <source>Chain intact — {n} events verified from genesis.</source>
        <translation>链完整 — 自创世起已验证 {n} 个事件。</translation>
    </message>
    <message>
        <source>Chain BROKEN at event {seq}: {problem}</source>
        <translation>审计链在第 {seq} 个事件处断裂：{problem}</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>正在验证审计链…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>理财顾问</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>匹配结果</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Case {case_id}</source>
        <translation>业务编号 {case_id}</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>复核队列</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>待复核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>全部业务</translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation>任一标记</translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation>全部理财顾问</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早提交在前</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新提交在前</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>搜索复核队列</translation>
    </message>
    <message>
        <source>Client name, last 4 ID characters, product code or case id</source>
        <translation>客户姓名、证件号后 4 位、产品代码或业务编号</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>打开业务</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>打开所选业务</translation>
    </message>
    <message>
        <source>Cases in the queue</source>
        <translation>队列中的业务</translation>
    </message>
    <message>
        <source>Cases shown</source>
        <translation>当前显示的业务</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ 上一页</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>下一页 ›</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>队列：</translation>
    </message>
    <message>
        <source>Flag:</source>
        <translation>标记：</translation>
    </message>
    <message>
        <source>Advisor:</source>
        <translation>理财顾问：</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>匹配结果：</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <source>{n}+</source>
        <translation>{n}+</translation>
    </message>
    <message>
        <source>{first}–{last} of {total}</source>
        <translation>第 {first}–{last} 条，共 {total} 条</translation>
    </message>
    <message>
        <source>0 of 0</source>
        <translation>共 0 条</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>没有符合筛选条件的业务。</translation>
    </message>
    <message>
        <source>No cases in this queue.</source>
        <translation>该队列中没有业务。</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>After the sale</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <source>After-sale work</source>
        <translation>售后工作</translation>
    </message>
    <message>
        <source>Return visits</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Return-visit problems</source>
        <translation>回访发现的问题</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Choose a value from {lo} to {hi}.</source>
        <translation>请选择 {lo} 至 {hi} 之间的值。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>空闲锁定时间（分钟）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>空闲锁定</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Verify audit trail</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>总部同步</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Calendar (holidays)</source>
        <translation>日历（节假日）</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>The language changes the next time Advisor Desk starts.</source>
        <translation>语言设置将在下次启动理财顾问工作台时生效。</translation>
    </message>
    <message>
        <source>The audit trail is intact: {n} events, head {h}.</source>
        <translation>审计日志完整：共 {n} 条事件，链头哈希 {h}。</translation>
    </message>
    <message>
        <source>The audit trail is BROKEN at event {seq} ({problem}). Report this to compliance.</source>
        <translation>审计日志在第 {seq} 条事件处已被破坏（{problem}）。请向合规部门报告。</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>A user name is required.</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <source>User names have 3–32 characters: lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>用户名为 3–32 个字符，只能包含小写字母、数字、“.”、“_”或“-”。</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>请填写{label}。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>网点代码</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>网点名称</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <source>This data folder is already set up.</source>
        <translation>此数据文件夹已完成初始化。</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up Advisor Desk</source>
        <translation>初始化理财顾问工作台</translation>
    </message>
    <message>
        <source>This creates the encrypted database on this computer and its first administrator. Client data never leaves this database unencrypted.</source>
        <translation>此操作将在本机创建加密数据库及首个系统管理员账户。客户数据离开此数据库时始终保持加密。</translation>
    </message>
    <message>
        <source>Administrator user name</source>
        <translation>系统管理员用户名</translation>
    </message>
    <message>
        <source>Administrator name</source>
        <translation>系统管理员姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>网点代码</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>网点名称</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>您的恢复码</translation>
    </message>
    <message>
        <source>Write this code down and keep it somewhere safe, away from this computer. It is shown only now. If every administrator password is forgotten, this code is the only way to open the data again.</source>
        <translation>请抄下此恢复码，并妥善保管在远离本机的安全地点。恢复码仅在此时显示一次。如果所有系统管理员的密码都已遗忘，此恢复码是重新打开数据的唯一途径。</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation>我已抄下恢复码</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <source>Please sign here.</source>
        <translation>请在此处签名。</translation>
    </message>
    <message>
        <source>The signature is too short. Please clear it and sign again.</source>
        <translation>签名过短，请清除后重新签名。</translation>
    </message>
    <message>
        <source>Please copy the sentence by hand.</source>
        <translation>请亲笔抄录该语句。</translation>
    </message>
    <message>
        <source>The copied sentence looks incomplete. Please copy the whole sentence.</source>
        <translation>抄录内容不完整，请完整抄录整句。</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here</source>
        <translation>请在此处签名</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the pad</source>
        <translation>清除签名板</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo the last stroke</source>
        <translation>撤销上一笔</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo the stroke</source>
        <translation>重做该笔画</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>This case has no matched product to sign.</source>
        <translation>该业务没有可供签署的已匹配产品。</translation>
    </message>
    <message>
        <source>Client: {name}</source>
        <translation>客户：{name}</translation>
    </message>
    <message>
        <source>Product: {code} {name}</source>
        <translation>产品：{code} {name}</translation>
    </message>
    <message>
        <source>Amount: {amount}</source>
        <translation>金额：{amount}</translation>
    </message>
    <message>
        <source>Risk: product {risk}, client {level}</source>
        <translation>风险等级：产品 {risk}，客户 {level}</translation>
    </message>
    <message>
        <source>Suitability: {outcome}</source>
        <translation>适当性匹配：{outcome}</translation>
    </message>
    <message>
        <source>Read: {title} (version {version}, {seconds} s)</source>
        <translation>已阅读：{title}（版本 {version}，{seconds} 秒）</translation>
    </message>
    <message>
        <source>Requirement met: {what}</source>
        <translation>已满足要求：{what}</translation>
    </message>
    <message>
        <source>Finish the disclosure step before signing.</source>
        <translation>请先完成风险揭示步骤，再进行签署。</translation>
    </message>
    <message>
        <source>Suitability records of case {case}</source>
        <translation>业务 {case} 的适当性记录</translation>
    </message>
    <message>
        <source>This case has no signed pack yet.</source>
        <translation>该业务尚无已签署的文件包。</translation>
    </message>
    <message>
        <source>The stored pack does not match the hash recorded at signing.</source>
        <translation>已存储的文件包与签署时记录的哈希值不一致。</translation>
    </message>
    <message>
        <source>What the client is signing</source>
        <translation>客户签署内容</translation>
    </message>
    <message>
        <source>Client signature</source>
        <translation>客户签名</translation>
    </message>
    <message>
        <source>Advisor signature</source>
        <translation>理财顾问签名</translation>
    </message>
    <message>
        <source>Sign and seal the documents</source>
        <translation>签署文件并加盖电子印章</translation>
    </message>
    <message>
        <source>Advisor: {name}</source>
        <translation>理财顾问：{name}</translation>
    </message>
    <message>
        <source>Building and sealing the documents…</source>
        <translation>正在生成文件并加盖电子印章…</translation>
    </message>
</context>
<context>
    <name>Suitability</name>
    <message>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>civil capacity</source>
        <translation>民事行为能力</translation>
    </message>
    <message>
        <source>investment horizon</source>
        <translation>投资期限</translation>
    </message>
    <message>
        <source>intended varieties</source>
        <translation>意向投资品种</translation>
    </message>
    <message>
        <source>financial assets</source>
        <translation>金融资产</translation>
    </message>
    <message>
        <source>annual income</source>
        <translation>年收入</translation>
    </message>
    <message>
        <source>average annual income of the last 3 years</source>
        <translation>近三年年均收入</translation>
    </message>
    <message>
        <source>family financial assets</source>
        <translation>家庭金融资产</translation>
    </message>
    <message>
        <source>family financial net assets</source>
        <translation>家庭金融净资产</translation>
    </message>
    <message>
        <source>years of investment experience</source>
        <translation>投资经验年限</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>annual premium</source>
        <translation>年缴保费</translation>
    </message>
    <message>
        <source>sales channel</source>
        <translation>销售渠道</translation>
    </message>
    <message>
        <source>product term</source>
        <translation>产品期限</translation>
    </message>
    <message>
        <source>product lock-up period</source>
        <translation>产品锁定期</translation>
    </message>
    <message>
        <source>This rule needs a fact that was not recorded: {field}.</source>
        <translation>该规则所需的信息未记录：{field}。</translation>
    </message>
    <message>
        <source>The client has no civil capacity (under {age} or declared without capacity): no product may be sold (Civil Code Arts 20–21).</source>
        <translation>客户无民事行为能力（不满 {age} 周岁或被认定为无民事行为能力）：不得销售任何产品（《民法典》第二十条、第二十一条）。</translation>
    </message>
    <message>
        <source>A client with limited civil capacity may only buy products up to {max}; this product is {risk}.</source>
        <translation>限制民事行为能力客户仅可购买风险等级不超过 {max} 的产品；该产品为 {risk}。</translation>
    </message>
    <message>
        <source>A client with limited civil capacity needs a recorded guardian consent.</source>
        <translation>限制民事行为能力客户须有已记录的监护人同意。</translation>
    </message>
    <message>
        <source>The client has no risk assessment on file; assess before matching.</source>
        <translation>客户尚无风险测评记录，请先测评再进行匹配。</translation>
    </message>
    <message>
        <source>The risk assessment expired on {date}; the client must be reassessed.</source>
        <translation>风险测评已于 {date} 过期，客户须重新测评。</translation>
    </message>
    <message>
        <source>The client is in the lowest risk category and may only buy {max} products; no override is possible.</source>
        <translation>客户属于风险承受能力最低类别，仅可购买 {max} 产品，且不得例外办理。</translation>
    </message>
    <message>
        <source>Product risk {risk} is above the client&apos;s risk tolerance {level}.</source>
        <translation>产品风险等级 {risk} 高于客户的风险承受能力 {level}。</translation>
    </message>
    <message>
        <source>The product commits the money for {days} days, longer than the client&apos;s horizon of {limit} days.</source>
        <translation>该产品资金占用期限为 {days} 天，超过客户可接受的投资期限（{limit} 天）。</translation>
    </message>
    <message>
        <source>The product&apos;s variety ({variety}) is not among the varieties the client intends to invest in.</source>
        <translation>该产品的投资品种（{variety}）不在客户的意向投资品种范围内。</translation>
    </message>
    <message>
        <source>The client does not meet the qualified-investor thresholds for private products ({rule}).</source>
        <translation>客户未达到私募产品的合格投资者标准（{rule}）。</translation>
    </message>
    <message>
        <source>The amount {amount} is below the product&apos;s minimum of {minimum}.</source>
        <translation>金额 {amount} 低于该产品的起购金额 {minimum}。</translation>
    </message>
    <message>
        <source>The amount is more than {percent}% of the client&apos;s declared financial assets.</source>
        <translation>金额超过客户申报金融资产的 {percent}%。</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>How satisfied is the client? ({low} = very dissatisfied, {high} = very satisfied)</source>
        <translation>客户的满意程度？（{low} = 非常不满意，{high} = 非常满意）</translation>
    </message>
    <message>
        <source>Score {n}</source>
        <translation>{n} 分</translation>
    </message>
    <message>
        <source>The client declined to answer</source>
        <translation>客户拒绝回答</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>意见（选填）</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Record the survey</source>
        <translation>登记调查结果</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose a score from {low} to {high}, or tick that the client declined.</source>
        <translation>请选择 {low} 至 {high} 分，或勾选“客户拒绝回答”。</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Head office cannot be reached; your data stays on this device and is sent later.</source>
        <translation>无法连接总部；数据保留在本设备上，稍后再发送。</translation>
    </message>
    <message>
        <source>Head office had a problem; your data stays on this device and is sent later.</source>
        <translation>总部服务出现问题；数据保留在本设备上，稍后再发送。</translation>
    </message>
    <message>
        <source>Head office revoked this device. Nothing more is sent; unsent data stays here.</source>
        <translation>总部已吊销本设备，不再发送任何数据；未发送的数据保留在本设备上。</translation>
    </message>
    <message>
        <source>Head office no longer accepts this device&apos;s token: enroll it again.</source>
        <translation>总部不再接受本设备的令牌，请重新登记本设备。</translation>
    </message>
    <message>
        <source>Update the app: head office no longer accepts this version.</source>
        <translation>请更新应用：总部不再接受此版本。</translation>
    </message>
    <message>
        <source>The enrollment code is wrong, already used or expired.</source>
        <translation>登记码错误、已被使用或已过期。</translation>
    </message>
    <message>
        <source>Head office refused: {reason}</source>
        <translation>总部拒绝：{reason}</translation>
    </message>
    <message>
        <source>Enter the head-office address, like https://sync.example.com.</source>
        <translation>请输入总部地址，例如 https://sync.example.com。</translation>
    </message>
    <message>
        <source>Enter the enrollment code from head office.</source>
        <translation>请输入总部提供的登记码。</translation>
    </message>
    <message>
        <source>A sync is running; enroll when it has finished.</source>
        <translation>同步正在进行，请在其完成后再登记。</translation>
    </message>
    <message>
        <source>Head office sent an unusable certificate; try again.</source>
        <translation>总部发来的证书无法使用，请重试。</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>同步正在进行中。</translation>
    </message>
    <message>
        <source>This device is not enrolled with head office yet.</source>
        <translation>本设备尚未向总部登记。</translation>
    </message>
    <message>
        <source>This refused change is no longer on the list.</source>
        <translation>这条被拒绝的变更已不在列表中。</translation>
    </message>
    <message>
        <source>Choose mine, theirs or edit.</source>
        <translation>请选择保留我的、采用对方的或编辑。</translation>
    </message>
    <message>
        <source>With this value, another field would be wrong: {problem}</source>
        <translation>使用此值会导致另一个字段不合规：{problem}</translation>
    </message>
    <message>
        <source>This conflict does not exist or is not yours.</source>
        <translation>该冲突不存在或不属于您。</translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>该冲突已经解决。</translation>
    </message>
    <message>
        <source>The record of this conflict is no longer here.</source>
        <translation>该冲突对应的记录已不在本设备上。</translation>
    </message>
    <message>
        <source>Keep one of the two values for this field.</source>
        <translation>此字段只能在两个值中保留一个。</translation>
    </message>
    <message>
        <source>This value does not fit the field.</source>
        <translation>该值不符合此字段的要求。</translation>
    </message>
</context>
<context>
    <name>SyncAttention</name>
    <message>
        <source>Refused</source>
        <translation>拒绝时间</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Head office&apos;s reason</source>
        <translation>总部给出的原因</translation>
    </message>
    <message>
        <source>Changes head office refused</source>
        <translation>总部拒绝的变更</translation>
    </message>
    <message>
        <source>Dealt with: remove from the list</source>
        <translation>已处理：从列表移除</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>本设备</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>待处理的冲突</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>处理…</translation>
    </message>
    <message>
        <source>Conflicts to resolve: {n}</source>
        <translation>待处理的冲突：{n} 个</translation>
    </message>
    <message>
        <source>Changes head office refused: {n}</source>
        <translation>总部拒绝的变更：{n} 条</translation>
    </message>
    <message>
        <source>Remove this refused change from the list? Head office keeps its own record; make the change again if it is still needed.</source>
        <translation>从列表中移除这条被拒绝的变更吗？总部保留其自己的记录；如仍需要，请重新进行该修改。</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Not connected to head office</source>
        <translation>未连接总部</translation>
    </message>
    <message>
        <source>Revoked by head office</source>
        <translation>已被总部吊销</translation>
    </message>
    <message>
        <source>Update the app to sync</source>
        <translation>请更新应用后再同步</translation>
    </message>
    <message>
        <source>Enrolled · not synced yet</source>
        <translation>已登记 · 尚未同步</translation>
    </message>
    <message>
        <source>Offline · last sync {when}</source>
        <translation>离线 · 上次同步 {when}</translation>
    </message>
    <message>
        <source>Sync failed · last sync {when}</source>
        <translation>同步失败 · 上次同步 {when}</translation>
    </message>
    <message>
        <source>Online · last sync {when}</source>
        <translation>在线 · 上次同步 {when}</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Head office: {url} ({branch})</source>
        <translation>总部：{url}（{branch}）</translation>
    </message>
    <message>
        <source>Last problem: {message}</source>
        <translation>最近的问题：{message}</translation>
    </message>
    <message>
        <source>Changes not sent to head office yet: {n}</source>
        <translation>尚未发送到总部的变更：{n} 条</translation>
    </message>
    <message>
        <source>{refused} refused by head office, {conflicts} conflict(s) to resolve</source>
        <translation>总部拒绝 {refused} 条，待处理冲突 {conflicts} 个</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Risk assessment</source>
        <translation>风险测评</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Calendar day</source>
        <translation>日历日期</translation>
    </message>
    <message>
        <source>Sales case</source>
        <translation>销售案例</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>确认声明</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Signed document</source>
        <translation>已签署文件</translation>
    </message>
    <message>
        <source>Suitability match</source>
        <translation>适当性匹配</translation>
    </message>
    <message>
        <source>Supervisor&apos;s decision</source>
        <translation>主管审核结论</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaint step</source>
        <translation>投诉处理步骤</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>授权同意</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Disclosure record</source>
        <translation>信息披露记录</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Rating-change notice</source>
        <translation>评级变更通知</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Sales target</source>
        <translation>销售目标</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Return-visit follow-up</source>
        <translation>回访跟进</translation>
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
        <source>A signed record was sent again with different content; head office keeps the first one.</source>
        <translation>已签署的记录被再次发送且内容不同；总部保留最初的版本。</translation>
    </message>
    <message>
        <source>The same change was sent twice with different content.</source>
        <translation>同一变更被发送了两次且内容不同。</translation>
    </message>
    <message>
        <source>The change was damaged on the way.</source>
        <translation>变更在传输中损坏。</translation>
    </message>
    <message>
        <source>Only head office changes this kind of record.</source>
        <translation>此类记录只能由总部修改。</translation>
    </message>
    <message>
        <source>The PDF this record refers to did not reach head office.</source>
        <translation>该记录引用的 PDF 未能送达总部。</translation>
    </message>
    <message>
        <source>Head office does not have the record this change edits.</source>
        <translation>总部没有这条变更所修改的记录。</translation>
    </message>
    <message>
        <source>Head office deleted this record.</source>
        <translation>总部已删除此记录。</translation>
    </message>
    <message>
        <source>Head office does not know this kind of change (update head office).</source>
        <translation>总部不识别此类变更（请升级总部服务）。</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>No user named {name}.</source>
        <translation>不存在用户名为 {name} 的用户。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation>该用户名已被占用。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用您自己的账户。</translation>
    </message>
    <message>
        <source>Enable the account before resetting it.</source>
        <translation>请先启用该账户，再重置密码。</translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>您不能更改自己的角色。</translation>
    </message>
    <message>
        <source>At least one active administrator must remain.</source>
        <translation>必须至少保留一名在用的系统管理员。</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>临时密码</translation>
    </message>
    <message>
        <source>Temporary password for {user}</source>
        <translation>{user} 的临时密码</translation>
    </message>
    <message>
        <source>Role of {user}</source>
        <translation>{user} 的角色</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>新建用户…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>启用…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>更改角色…</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked after failed sign-ins</source>
        <translation>因登录失败已锁定</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>请先选择一个用户。</translation>
    </message>
    <message>
        <source>Disable {user}? They can no longer sign in.</source>
        <translation>确定停用 {user} 吗？停用后该用户将无法登录。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The mobile number is required.</source>
        <translation>请填写手机号码。</translation>
    </message>
    <message>
        <source>This is not a valid mobile number; foreign numbers need their +country code.</source>
        <translation>手机号码无效；境外号码须加上“+国家/地区代码”。</translation>
    </message>
    <message>
        <source>This is a valid number but not a mobile number; please give a mobile number.</source>
        <translation>该号码有效，但不是手机号码，请提供手机号码。</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address (name@example.com).</source>
        <translation>电子邮箱地址无效（格式如 name@example.com）。</translation>
    </message>
    <message>
        <source>The date is required.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD, e.g. 1990-03-01.</source>
        <translation>请按 YYYY-MM-DD 格式输入日期，例如 1990-03-01。</translation>
    </message>
    <message>
        <source>The date {text} does not exist.</source>
        <translation>日期 {text} 不存在。</translation>
    </message>
    <message>
        <source>The birth date {digits} in the ID number is not a real date.</source>
        <translation>证件号码中的出生日期 {digits} 不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date {date} in the ID number is before 1900-01-01.</source>
        <translation>证件号码中的出生日期 {date} 早于 1900-01-01。</translation>
    </message>
    <message>
        <source>The birth date {date} in the ID number is in the future.</source>
        <translation>证件号码中的出生日期 {date} 晚于当前日期。</translation>
    </message>
    <message>
        <source>A mainland ID number has 18 characters (ISO 7064 MOD 11-2); this one has {count}.</source>
        <translation>居民身份证号码应为 18 位（ISO 7064 MOD 11-2），当前为 {count} 位。</translation>
    </message>
    <message>
        <source>A residence permit number has 18 characters (ISO 7064 MOD 11-2); this one has {count}.</source>
        <translation>居住证号码应为 18 位（ISO 7064 MOD 11-2），当前为 {count} 位。</translation>
    </message>
    <message>
        <source>A permanent residence ID number has 18 characters (old cards 15); this one has {count}.</source>
        <translation>永久居留身份证号码应为 18 位（旧版证件为 15 位），当前为 {count} 位。</translation>
    </message>
    <message>
        <source>An 18-character ID number has 17 digits followed by a digit or X.</source>
        <translation>18 位证件号码应为 17 位数字加 1 位数字或 X。</translation>
    </message>
    <message>
        <source>The region code (first 6 digits) cannot start with 0.</source>
        <translation>行政区划代码（前 6 位）不能以 0 开头。</translation>
    </message>
    <message>
        <source>A residence permit number starts with 810000, 820000 or 830000.</source>
        <translation>居住证号码应以 810000、820000 或 830000 开头。</translation>
    </message>
    <message>
        <source>An 18-character permanent residence ID number starts with 9.</source>
        <translation>18 位永久居留身份证号码应以 9 开头。</translation>
    </message>
    <message>
        <source>The check character (last, ISO 7064 MOD 11-2) does not match; please re-check the number.</source>
        <translation>校验码（最后一位，ISO 7064 MOD 11-2）不匹配，请重新核对号码。</translation>
    </message>
    <message>
        <source>A passport number has 5 to 20 characters; this one has {count}.</source>
        <translation>护照号码应为 5 至 20 个字符，当前为 {count} 个。</translation>
    </message>
    <message>
        <source>A passport number contains only letters A-Z and digits.</source>
        <translation>护照号码只能包含字母 A-Z 和数字。</translation>
    </message>
    <message>
        <source>A Hong Kong/Macao permit number has 9 or 11 characters; this one has {count}.</source>
        <translation>港澳通行证号码应为 9 位或 11 位，当前为 {count} 位。</translation>
    </message>
    <message>
        <source>A Hong Kong/Macao permit number is H or M followed by 8 or 10 digits.</source>
        <translation>港澳通行证号码应为 H 或 M 加 8 位或 10 位数字。</translation>
    </message>
    <message>
        <source>A Taiwan permit number has 8 characters (older ones 10); this one has {count}.</source>
        <translation>台湾通行证号码应为 8 位（旧版为 10 位），当前为 {count} 位。</translation>
    </message>
    <message>
        <source>A Taiwan permit number is 8 digits (older ones: 8 digits and 2 letters or digits).</source>
        <translation>台湾通行证号码应为 8 位数字（旧版为 8 位数字加 2 位字母或数字）。</translation>
    </message>
    <message>
        <source>A 15-character permanent residence ID number is 3 letters followed by 12 digits.</source>
        <translation>15 位永久居留身份证号码应为 3 个字母加 12 位数字。</translation>
    </message>
    <message>
        <source>The ID number is required.</source>
        <translation>请填写证件号码。</translation>
    </message>
    <message>
        <source>Unknown ID document type: {id_type}.</source>
        <translation>未知的证件类型：{id_type}。</translation>
    </message>
    <message>
        <source>The birth date {declared} differs from the one in the ID number ({encoded}).</source>
        <translation>出生日期 {declared} 与证件号码中的出生日期（{encoded}）不一致。</translation>
    </message>
    <message>
        <source>Choose one of the listed options.</source>
        <translation>请从列出的选项中选择一项。</translation>
    </message>
    <message>
        <source>The client&apos;s name is required.</source>
        <translation>请填写客户姓名。</translation>
    </message>
    <message>
        <source>A name has at most 100 characters.</source>
        <translation>姓名最多 100 个字符。</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>出生日期晚于当前日期。</translation>
    </message>
    <message>
        <source>Nationality is a 3-letter ISO 3166 code, such as CHN.</source>
        <translation>国籍须为 3 位字母的 ISO 3166 代码，例如 CHN。</translation>
    </message>
    <message>
        <source>Years of investment experience is a whole number from 0 to 80.</source>
        <translation>投资经验年限须为 0 至 80 之间的整数。</translation>
    </message>
    <message>
        <source>A client without full civil capacity needs a guardian (Civil Code Arts 17–22).</source>
        <translation>不具有完全民事行为能力的客户须有监护人（《民法典》第十七至二十二条）。</translation>
    </message>
    <message>
        <source>Separate consent to process sensitive personal information is required (PIPL Art. 29).</source>
        <translation>须取得客户对处理敏感个人信息的单独同意（《个人信息保护法》第二十九条）。</translation>
    </message>
    <message>
        <source>The amount is required.</source>
        <translation>请填写金额。</translation>
    </message>
    <message>
        <source>Enter the amount as a plain number in yuan, such as 1000 or 1,000.50.</source>
        <translation>请以元为单位输入纯数字金额，例如 1000 或 1,000.50。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount can have at most 2 decimal places (fen).</source>
        <translation>金额最多保留 2 位小数（精确到分）。</translation>
    </message>
    <message>
        <source>The amount cannot exceed {maximum} yuan.</source>
        <translation>金额不能超过 {maximum} 元。</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
</context>
<context>
    <name>VerifyFile</name>
    <message>
        <source>Verify a PDF</source>
        <translation>验证 PDF 文件</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <source>{name}: the seal is valid and the document is unchanged.</source>
        <translation>{name}：电子印章有效，文件未被改动。</translation>
    </message>
    <message>
        <source>{name}: NOT valid — {problem}</source>
        <translation>{name}：验证未通过——{problem}</translation>
    </message>
    <message>
        <source>Signer: {signer}</source>
        <translation>签章人：{signer}</translation>
    </message>
    <message>
        <source>Signed at: {time}</source>
        <translation>签章时间：{time}</translation>
    </message>
    <message>
        <source>SHA-256: {digest}</source>
        <translation>SHA-256：{digest}</translation>
    </message>
    <message>
        <source>Certificate: {fingerprint}</source>
        <translation>证书指纹：{fingerprint}</translation>
    </message>
    <message>
        <source>The certificate is not one of this institution&apos;s devices: the document is intact, but its origin is not confirmed.</source>
        <translation>该证书不属于本机构的设备：文件完整，但无法确认其来源。</translation>
    </message>
</context>
<context>
    <name>VisitFollowUps</name>
    <message>
        <source>Problems found on return visits</source>
        <translation>回访发现的问题</translation>
    </message>
    <message>
        <source>Problems to follow up</source>
        <translation>待跟进问题</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Sold by</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>Called by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未确认事项</translation>
    </message>
    <message>
        <source>Follow-up note</source>
        <translation>跟进说明</translation>
    </message>
    <message>
        <source>What was done about the problem, and with whom</source>
        <translation>对该问题采取了哪些措施、与谁沟通</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Save the follow-up</source>
        <translation>保存跟进</translation>
    </message>
    <message>
        <source>Save the follow-up of the selected problem</source>
        <translation>保存所选问题的跟进</translation>
    </message>
    <message>
        <source>Choose a problem to see what the client said.</source>
        <translation>选择一个问题查看客户的反映。</translation>
    </message>
    <message>
        <source>The client said: {notes}</source>
        <translation>客户反映：{notes}</translation>
    </message>
    <message>
        <source>Follow-up saved for {name}.</source>
        <translation>已保存 {name} 的跟进。</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>← Back to the queue</source>
        <translation>← 返回队列</translation>
    </message>
    <message>
        <source>Back to the return-visit queue</source>
        <translation>返回回访队列</translation>
    </message>
    <message>
        <source>Ask each point; tick what the client confirms</source>
        <translation>逐项询问，勾选客户确认的事项</translation>
    </message>
    <message>
        <source>Notes of the call</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>What the client said; required when a problem is found</source>
        <translation>客户的反馈；发现问题时必填</translation>
    </message>
    <message>
        <source>Where a problem goes</source>
        <translation>问题处理方式</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>Open a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Refer to the supervisor</source>
        <translation>转主管处理</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>If a problem is found</source>
        <translation>如发现问题</translation>
    </message>
    <message>
        <source>Client confirmed every point</source>
        <translation>客户逐项确认</translation>
    </message>
    <message>
        <source>Record: the client confirmed every point</source>
        <translation>记录：客户已逐项确认</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Record: a problem was found</source>
        <translation>记录：发现问题</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>未接通</translation>
    </message>
    <message>
        <source>Record: the client could not be reached</source>
        <translation>记录：未能联系到客户</translation>
    </message>
    <message>
        <source>Return visit: {name}</source>
        <translation>回访：{name}</translation>
    </message>
    <message>
        <source>cooling-off until {time}</source>
        <translation>冷静期至 {time}</translation>
    </message>
    <message>
        <source>free look until {time}</source>
        <translation>犹豫期至 {time}</translation>
    </message>
    <message>
        <source>{amount} yuan</source>
        <translation>{amount} 元</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签署时间</translation>
    </message>
    <message>
        <source>Cancellation periods</source>
        <translation>撤销期限</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Risk match</source>
        <translation>风险匹配</translation>
    </message>
    <message>
        <source>{outcome} (product {risk}, client {level})</source>
        <translation>{outcome}（产品 {risk}，客户 {level}）</translation>
    </message>
    <message>
        <source>Sold by</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>Call by</source>
        <translation>回访截止</translation>
    </message>
    <message>
        <source>{day} ({status})</source>
        <translation>{day}（{status}）</translation>
    </message>
    <message>
        <source>Earlier calls unanswered</source>
        <translation>此前未接通次数</translation>
    </message>
</context>
</TS>
